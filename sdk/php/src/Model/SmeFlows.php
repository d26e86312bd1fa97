<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The SmeFlows object of the API. */
final class SmeFlows
{
    /**
     * @param int $count
     * @param ?string $first_at
     * @param ?string $last_at
     */
    public function __construct(
        public readonly int $count,
        public readonly ?string $first_at,
        public readonly ?string $last_at,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['count'],
            $data['first_at'] ?? null,
            $data['last_at'] ?? null,
        );
    }
}
