<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The ScoreSignals object of the API. */
final class ScoreSignals
{
    /**
     * @param float $cashflow_regularity
     * @param 'above'|'at'|'below' $sector_benchmark
     * @param int $anomalies
     */
    public function __construct(
        public readonly float $cashflow_regularity,
        public readonly string $sector_benchmark,
        public readonly int $anomalies,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['cashflow_regularity'],
            $data['sector_benchmark'],
            $data['anomalies'],
        );
    }
}
