export function newSigningKey(): JsonWebKey & { kid: string };
export function newSigningKeys(count?: number): string;
