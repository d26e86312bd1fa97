<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The WebhookEndpointsDeleteResponse object of the API. */
final class WebhookEndpointsDeleteResponse
{
    /**
     * @param string $object
     * @param string $id
     * @param bool $deleted
     */
    public function __construct(
        public readonly string $object,
        public readonly string $id,
        public readonly bool $deleted,
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
            $data['deleted'],
        );
    }
}
