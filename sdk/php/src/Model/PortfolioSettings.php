<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The PortfolioSettings object of the API. */
final class PortfolioSettings
{
    /**
     * @param string $object
     * @param int $score_threshold score.threshold_crossed fires when a score crosses it (default 550)
     * @param float $risk_zone_pd sme.risk_zone_entered fires at grade D or E, or a PD above this (default 0.1)
     */
    public function __construct(
        public readonly string $object,
        public readonly int $score_threshold,
        public readonly float $risk_zone_pd,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['score_threshold'],
            $data['risk_zone_pd'],
        );
    }
}
