<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The PortfolioSummary object of the API. */
final class PortfolioSummary
{
    /**
     * @param string $object
     * @param int $smes
     * @param PortfolioSummaryByGrade $by_grade By latest grade; `unscored` when never scored
     * @param PortfolioSummaryBySector $by_sector
     * @param PortfolioSummaryOpenAlerts $open_alerts Open alerts by severity
     */
    public function __construct(
        public readonly string $object,
        public readonly int $smes,
        public readonly PortfolioSummaryByGrade $by_grade,
        public readonly PortfolioSummaryBySector $by_sector,
        public readonly PortfolioSummaryOpenAlerts $open_alerts,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['smes'],
            PortfolioSummaryByGrade::fromArray($data['by_grade']),
            PortfolioSummaryBySector::fromArray($data['by_sector']),
            PortfolioSummaryOpenAlerts::fromArray($data['open_alerts']),
        );
    }
}
