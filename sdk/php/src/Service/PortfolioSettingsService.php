<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\PortfolioSettings;
use Score360\Requester;

/** The portfolio.settings.* operations. */
final class PortfolioSettingsService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * The threshold and risk-zone PD that events use.
     *
     * `portfolio.settings.retrieve`: GET /v1/portfolio/settings
     *
     * @param array{} $options
     * @return PortfolioSettings
     */
    public function retrieve(array $options = []): PortfolioSettings
    {
        return PortfolioSettings::fromArray($this->requester->request('GET', '/v1/portfolio/settings', [], null, $options));
    }

    /**
     * Change the threshold or risk-zone PD; the next score uses them.
     *
     * `portfolio.settings.update`: PATCH /v1/portfolio/settings
     *
     * @param array{score_threshold?: int, risk_zone_pd?: float} $params
     * @param array{} $options
     * @return PortfolioSettings
     */
    public function update(array $params = [], array $options = []): PortfolioSettings
    {
        return PortfolioSettings::fromArray($this->requester->request('PATCH', '/v1/portfolio/settings', [], $params, $options));
    }
}
