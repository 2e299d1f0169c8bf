// The sandbox's fixed demo credentials. They are NOT secrets: they only open the local sandbox,
// are printed when it starts and documented in the README, so anyone can try the connector before
// Medfusion issues real credentials.

export interface SandboxPractice {
  practiceId: string;
  name: string;
}

export const SANDBOX_PRACTICES: readonly SandboxPractice[] = [
  { practiceId: '3f2c9a7e-5b1d-4c8e-9a6f-2d7e8b1c4a90', name: 'Main Street Clinic (sandbox)' },
  { practiceId: '8b6e1d42-7c3a-4f59-b2e0-5a9d3c7f1e68', name: 'Riverside Family Practice (sandbox)' },
];

export const SANDBOX_CREDENTIALS = {
  /** The first practice: the one commands use when none is named. */
  practiceId: SANDBOX_PRACTICES[0]!.practiceId,
  appToken: 'sandbox-app-token',
  clientId: 'sandbox-client-id',
  clientSecret: 'sandbox-client-secret',
  username: 'sandbox-user',
  password: 'sandbox-password',
} as const;

export const SANDBOX_APPLICATION_NAME = 'Appointment Connector sandbox';

export function findSandboxPractice(practiceId: string): SandboxPractice | undefined {
  return SANDBOX_PRACTICES.find((p) => p.practiceId.toLowerCase() === practiceId.toLowerCase());
}
