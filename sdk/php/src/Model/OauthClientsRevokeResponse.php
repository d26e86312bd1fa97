<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The OauthClientsRevokeResponse object of the API. */
final class OauthClientsRevokeResponse
{
    /**
     * @param string $object
     * @param string $client_id
     * @param bool $revoked
     */
    public function __construct(
        public readonly string $object,
        public readonly string $client_id,
        public readonly bool $revoked,
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
            $data['revoked'],
        );
    }
}
