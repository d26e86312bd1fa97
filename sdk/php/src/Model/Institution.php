<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The Institution object of the API. */
final class Institution
{
    /**
     * @param string $object
     * @param string $id
     * @param string $name
     * @param string $created_at
     * @param InstitutionApiKeys $api_keys
     * @param InstitutionSandbox $sandbox
     */
    public function __construct(
        public readonly string $object,
        public readonly string $id,
        public readonly string $name,
        public readonly string $created_at,
        public readonly InstitutionApiKeys $api_keys,
        public readonly InstitutionSandbox $sandbox,
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
            $data['created_at'],
            InstitutionApiKeys::fromArray($data['api_keys']),
            InstitutionSandbox::fromArray($data['sandbox']),
        );
    }
}
