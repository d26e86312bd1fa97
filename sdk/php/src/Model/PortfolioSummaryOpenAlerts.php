<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** Open alerts by severity */
final class PortfolioSummaryOpenAlerts
{
    /**
     * @param int $low
     * @param int $medium
     * @param int $high
     */
    public function __construct(
        public readonly int $low,
        public readonly int $medium,
        public readonly int $high,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['low'],
            $data['medium'],
            $data['high'],
        );
    }
}
