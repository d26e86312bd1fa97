<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The PortfolioSummaryBySector object of the API. */
final class PortfolioSummaryBySector
{
    /**
     * @param int $commerce
     * @param int $agriculture
     * @param int $manufacturing
     * @param int $construction
     * @param int $transport
     * @param int $hospitality
     * @param int $services
     * @param int $health
     * @param int $education
     * @param int $technology
     */
    public function __construct(
        public readonly int $commerce,
        public readonly int $agriculture,
        public readonly int $manufacturing,
        public readonly int $construction,
        public readonly int $transport,
        public readonly int $hospitality,
        public readonly int $services,
        public readonly int $health,
        public readonly int $education,
        public readonly int $technology,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['commerce'],
            $data['agriculture'],
            $data['manufacturing'],
            $data['construction'],
            $data['transport'],
            $data['hospitality'],
            $data['services'],
            $data['health'],
            $data['education'],
            $data['technology'],
        );
    }
}
