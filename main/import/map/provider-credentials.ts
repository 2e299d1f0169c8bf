// Professional credentials written beside a provider's name (MD, M.D., PA-C, LCSW, Ph.D., OTR/L,
// Dipl.-Psych.…), recognised in any spelling and shown in one normal spelling.
//
// Some credentials are also names: Do and Vo are Vietnamese family names, Pa a Hmong given name,
// Md the usual short form of Mohammed in Bangladesh, Cota a surname. Those count as credentials
// only where nothing else fits: alone after a comma, written with dots (D.O.), or in capitals
// after a name written in mixed case ("Anna Lee DO").

export interface Credential {
  display: string;
}

/** Normal spelling by key (upper case, dots and spaces removed). */
const CREDENTIALS = new Map<string, string>(
  [
    'MD',
    'DO',
    'PA',
    'PA-C',
    'NP',
    'FNP',
    'FNP-C',
    'FNP-BC',
    'ANP',
    'AGNP',
    'AGNP-C',
    'PMHNP',
    'PMHNP-BC',
    'DNP',
    'APRN',
    'CRNA',
    'CNM',
    'CNS',
    'RN',
    'LPN',
    'LVN',
    'BSN',
    'MSN',
    'LCSW',
    'LICSW',
    'LMSW',
    'MSW',
    'LMFT',
    'MFT',
    'LPC',
    'LPCC',
    'LMHC',
    'LCPC',
    'PsyD',
    'PhD',
    'EdD',
    'DC',
    'RMT',
    'LMT',
    'PT',
    'DPT',
    'PTA',
    // the Philippines' registered physical therapist (PRC's Physical Therapy Board title)
    'PTRP',
    // Quebec's physiotherapy order (OPPQ): physiothérapeute `pht`, and the thérapeute en
    // réadaptation physique `T.R.P.` (English `PRT`), written after the name on Quebec clinics'
    // books (lecahier.com/permettez-moi-de-vous-introduire-au-metier-de-trp,
    // physiotherapy.ca/fr/blog/ma-profession-de-trp-est-encore-bien-peu-connue)
    'pht',
    'TRP',
    'PRT',
    'MPT',
    'MSPT',
    'OT',
    'OTR',
    'OTR/L',
    'OTD',
    'COTA',
    'SLP',
    'CCC-SLP',
    'AuD',
    'DDS',
    'DMD',
    'RDH',
    'BDS',
    'OD',
    'DPM',
    'RD',
    'LD',
    'LDN',
    'ND',
    'ATC',
    'MBBS',
    'MBChB',
    'FRACGP',
    'FRACP',
    'MRCGP',
    'FRCS',
    'FRCP',
    'FACP',
    'FACS',
    'FAAFP',
    // Audiology: doctor of audiology's certificate, hearing instrument specialists (licensed,
    // board-certified), the American Academy of Audiology's fellows
    'CCC-A',
    'HIS',
    'BC-HIS',
    'FAAA',
    // Speech and occupational therapy: assistants, clinical fellows
    'SLPA',
    'CF-SLP',
    'COTA/L',
    'DipCOT', // UK occupational therapy diploma
    // Eye care: ophthalmic assistants and technicians, opticians, contact lens examiners, fellows
    'COA',
    'COT',
    'COMT',
    'ABOC',
    'NCLE',
    'FAAO',
    // Acupuncture and East Asian medicine
    'LAc',
    'DACM',
    'DAOM',
    // Physiotherapy: the UK's chartered society, the Australian association
    'MCSP',
    'APAM',
    // Nursing and pediatrics, counselling, behaviour analysis, nutrition, orthotics, training
    'CRNP',
    'CNP',
    'CPNP',
    'PNP',
    'LCMHC',
    'BCBA',
    'RBT',
    'RDN',
    'CPO',
    'CSCS',
    // UK, Irish, Australian and New Zealand post-nominals, written in capitals after (or before)
    // the name on rotas and diaries: unknown, `Amy Ross RGN` read as a family name in capitals
    // and went as "Amy Ross Rgn", `CLO Jane Doe` as "Jane Doe Clo".
    // Optics: contact lens optician, dispensing opticians' fellowship, optometrists' college
    'CLO',
    'FBDO',
    'MCOptom',
    'FCOptom',
    'BOptom',
    'MOptom',
    // Dentistry: faculty memberships, licentiate, hygiene and therapy diplomas
    'MFDS',
    'MJDF',
    'FDS',
    'LDS',
    'MFGDP',
    'BDSc',
    'BChD',
    'DipDH',
    'DipDT',
    'FRACDS',
    // Nursing: registered general, mental health, children's, learning-disability nurses;
    // community public health; prescribers; advanced clinical practitioners
    'RGN',
    'RMN',
    'RSCN',
    'RNLD',
    'RNMH',
    'SCPHN',
    'NMP',
    'ACP',
    // Medicine: royal colleges' memberships and fellowships, diplomas, degrees
    'MRCP',
    'MRCS',
    'MRCOG',
    'FRCOG',
    'DRCOG',
    'DFSRH',
    'DCH',
    'MRCPCH',
    'FRCPCH',
    'FRCA',
    'FRCR',
    'FRCGP',
    'MRCPsych',
    'FRCOphth',
    'MRCOphth',
    'FRANZCO',
    'FANZCA',
    'FACEM',
    'FRACS',
    'MBBCh',
    'BMBS',
    'BMedSci',
    // Assistants: medical (certified, registered), nursing, dental (registered, certified,
    // expanded-function), the UK's healthcare assistant
    'CMA',
    'RMA',
    'CNA',
    'RDA',
    'CDA',
    'EFDA',
    'HCA',
    // Podiatry and the allied health professions' register; science degrees
    'MChS',
    'MCPod',
    'HCPC',
    'BSc',
    'MSc',
    'MPhil',
    // Master's degrees after a clinical one (`Anna Lee DMD MS`, `Jane Doe MD MPH`): unknown, `MS`
    // went as a family name "Ms"
    'MS',
    'MPH',
    'MBA',
    'MHA',
  ].map((c) => [c.toUpperCase(), c]),
);

/** Also written as names: recognised only where the text leaves no doubt (see the header). */
// `Clo` is also a short form of Chloe.
const NAME_LIKE = new Set(['DO', 'PA', 'OD', 'OT', 'COTA', 'AUD', 'MD', 'CLO']);
/** Short, vowel-less credentials: never a name word, but only after the name or alone. */
const SHORT = new Set(['PT', 'DC', 'NP', 'RN', 'ND', 'RD', 'LD']);

/** A credential also written as a name (`DO`, `PA`, `OD`), in any spelling. */
export function isNameLikeCredential(word: string): boolean {
  return NAME_LIKE.has(word.replace(/[.\s]/g, '').toUpperCase());
}

// German diplomas: Dipl.-Psych., Dipl.-Med., Dipl.-Päd. (kept as written).
const DIPLOMA = /^Dipl\.-?[\p{L}.]+$/iu;

export interface CredentialContext {
  /** Before the name, after it, or alone in a comma-separated part (`Jane Doe, MD`). */
  position: 'before' | 'after' | 'alone';
  /** The whole value mixes upper and lower case (so capitals were meant). */
  mixedCase: boolean;
}

/** The credential this word is, or undefined. */
export function credentialOf(word: string, ctx: CredentialContext): Credential | undefined {
  const w = word.replace(/[,;]+$/, '');
  if (DIPLOMA.test(w)) return { display: w };
  const key = w.replace(/[.\s]/g, '').toUpperCase();
  const display = CREDENTIALS.get(key);
  if (!display) return undefined;
  if (ctx.position === 'alone') return { display };
  const dotted = /\.\p{L}/u.test(w) || /\p{L}\.$/u.test(w);
  const capitals = ctx.mixedCase && w === w.toUpperCase();
  if (NAME_LIKE.has(key)) {
    // Written exactly in the credential's own mixed spelling (`AuD`), never a name's (`Aud`).
    if (w === display && display !== display.toUpperCase()) return { display };
    // Md before a name is Mohammed; after one, or dotted, it is a doctor of medicine.
    if (key === 'MD') return ctx.position === 'after' || dotted ? { display } : undefined;
    return dotted || capitals ? { display } : undefined;
  }
  if (SHORT.has(key) && ctx.position === 'before') return dotted || capitals ? { display } : undefined;
  return { display };
}
