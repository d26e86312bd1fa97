<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The SmeAccount object of the API. */
final class SmeAccount
{
    /**
     * @param 'iban'|'account'|'pi_spi_alias' $scheme
     * @param string $id
     */
    public function __construct(
        public readonly string $scheme,
        public readonly string $id,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['scheme'],
            $data['id'],
        );
    }
}
