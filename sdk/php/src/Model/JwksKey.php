<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The JwksKey object of the API. */
final class JwksKey
{
    /**
     * @param string $kty
     * @param string $kid
     * @param string $n
     * @param string $e
     * @param string $alg
     * @param string $use
     */
    public function __construct(
        public readonly string $kty,
        public readonly string $kid,
        public readonly string $n,
        public readonly string $e,
        public readonly string $alg,
        public readonly string $use,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['kty'],
            $data['kid'],
            $data['n'],
            $data['e'],
            $data['alg'],
            $data['use'],
        );
    }
}
