<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\PortfolioSummary;
use Score360\Requester;

/** The portfolio.* operations. */
final class PortfolioService
{
    public readonly PortfolioAlertsService $alerts;
    public readonly PortfolioSettingsService $settings;

    public function __construct(private readonly Requester $requester)
    {
        $this->alerts = new PortfolioAlertsService($requester);
        $this->settings = new PortfolioSettingsService($requester);
    }

    /**
     * SMEs by grade and sector, open alerts by severity.
     *
     * `portfolio.summary`: GET /v1/portfolio/summary
     *
     * @param array{} $options
     * @return PortfolioSummary
     */
    public function summary(array $options = []): PortfolioSummary
    {
        return PortfolioSummary::fromArray($this->requester->request('GET', '/v1/portfolio/summary', [], null, $options));
    }
}
