<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** By latest grade; `unscored` when never scored */
final class PortfolioSummaryByGrade
{
    /**
     * @param int $A
     * @param int $B
     * @param int $C
     * @param int $D
     * @param int $E
     * @param int $unscored
     */
    public function __construct(
        public readonly int $A,
        public readonly int $B,
        public readonly int $C,
        public readonly int $D,
        public readonly int $E,
        public readonly int $unscored,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['A'],
            $data['B'],
            $data['C'],
            $data['D'],
            $data['E'],
            $data['unscored'],
        );
    }
}
