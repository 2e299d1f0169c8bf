// The names of the secrets one practice needs. A model type because it crosses the IPC contract
// (the settings window shows which secrets are set, never their values); the credential store
// (main/credentials/credential-store.ts) keeps them under `<credentialKey>/<name>`.
export const SECRET_NAMES = ['appToken', 'clientId', 'clientSecret', 'username', 'password'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
