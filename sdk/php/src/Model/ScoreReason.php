<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The ScoreReason object of the API. */
final class ScoreReason
{
    /**
     * @param string $code
     * @param string $factor
     * @param int $impact
     * @param string $description
     */
    public function __construct(
        public readonly string $code,
        public readonly string $factor,
        public readonly int $impact,
        public readonly string $description,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['code'],
            $data['factor'],
            $data['impact'],
            $data['description'],
        );
    }
}
