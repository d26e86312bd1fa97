<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The OAuthClientWithSecret object of the API. */
final class OAuthClientWithSecret
{
    /**
     * @param string $object
     * @param string $client_id
     * @param string $name
     * @param 'admin'|'integrator'|'risk_analyst'|'auditor'|'viewer' $role
     * @param ?string $team
     * @param 'test'|'live' $environment The environment of the key that created it; its tokens act there
     * @param string $created_at
     * @param ?string $last_used_at When it last got a token
     * @param string $client_secret Shown once, at creation
     */
    public function __construct(
        public readonly string $object,
        public readonly string $client_id,
        public readonly string $name,
        public readonly string $role,
        public readonly ?string $team,
        public readonly string $environment,
        public readonly string $created_at,
        public readonly ?string $last_used_at,
        public readonly string $client_secret,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['client_id'],
            $data['name'],
            $data['role'],
            $data['team'] ?? null,
            $data['environment'],
            $data['created_at'],
            $data['last_used_at'] ?? null,
            $data['client_secret'],
        );
    }
}
