<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The previous score; null for a first score and for sme.erased */
final class ScoreRef
{
    /**
     * @param int $score
     * @param 'A'|'B'|'C'|'D'|'E' $grade
     * @param float $pd
     */
    public function __construct(
        public readonly int $score,
        public readonly string $grade,
        public readonly float $pd,
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
            $data['pd'],
        );
    }
}
