<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The SmeLatestScore object of the API. */
final class SmeLatestScore
{
    /**
     * @param int $score
     * @param 'A'|'B'|'C'|'D'|'E' $grade
     * @param string $scored_at
     */
    public function __construct(
        public readonly int $score,
        public readonly string $grade,
        public readonly string $scored_at,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['score'],
            $data['grade'],
            $data['scored_at'],
        );
    }
}
