<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The Jwks object of the API. */
final class Jwks
{
    /**
     * @param list<JwksKey> $keys
     */
    public function __construct(
        public readonly array $keys,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            array_map([JwksKey::class, 'fromArray'], $data['keys']),
        );
    }
}
