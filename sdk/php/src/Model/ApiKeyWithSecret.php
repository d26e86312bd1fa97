<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The ApiKeyWithSecret object of the API. */
final class ApiKeyWithSecret
{
    /**
     * @param string $object
     * @param string $id
     * @param string $name
     * @param 'admin'|'integrator'|'risk_analyst'|'auditor'|'viewer' $role
     * @param ?string $team
     * @param string $prefix
     * @param string $last4
     * @param string $created_at
     * @param ?string $expires_at
     * @param ?string $last_used_at
     * @param string $secret Shown once, at creation or roll
     */
    public function __construct(
        public readonly string $object,
        public readonly string $id,
        public readonly string $name,
        public readonly string $role,
        public readonly ?string $team,
        public readonly string $prefix,
        public readonly string $last4,
        public readonly string $created_at,
        public readonly ?string $expires_at,
        public readonly ?string $last_used_at,
        public readonly string $secret,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['id'],
            $data['name'],
            $data['role'],
            $data['team'] ?? null,
            $data['prefix'],
            $data['last4'],
            $data['created_at'],
            $data['expires_at'] ?? null,
            $data['last_used_at'] ?? null,
            $data['secret'],
        );
    }
}
