<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The SandboxSignupResult object of the API. */
final class SandboxSignupResult
{
    /**
     * @param string $object
     * @param string $institution_id
     * @param string $organization
     * @param SandboxSignupResultApiKey $api_key
     * @param SandboxSignupResultSandbox $sandbox
     * @param string $created_at
     */
    public function __construct(
        public readonly string $object,
        public readonly string $institution_id,
        public readonly string $organization,
        public readonly SandboxSignupResultApiKey $api_key,
        public readonly SandboxSignupResultSandbox $sandbox,
        public readonly string $created_at,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['institution_id'],
            $data['organization'],
            SandboxSignupResultApiKey::fromArray($data['api_key']),
            SandboxSignupResultSandbox::fromArray($data['sandbox']),
            $data['created_at'],
        );
    }
}
