<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The SandboxSignupResultApiKey object of the API. */
final class SandboxSignupResultApiKey
{
    /**
     * @param string $id
     * @param string $role
     * @param string $secret Shown once; a sandbox (test) key, never a live one
     */
    public function __construct(
        public readonly string $id,
        public readonly string $role,
        public readonly string $secret,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['id'],
            $data['role'],
            $data['secret'],
        );
    }
}
