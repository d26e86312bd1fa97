<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The Sme object of the API. */
final class Sme
{
    /**
     * @param string $object
     * @param string $sme_id
     * @param ?string $name
     * @param 'commerce'|'agriculture'|'manufacturing'|'construction'|'transport'|'hospitality'|'services'|'health'|'education'|'technology' $sector
     * @param 'BJ'|'BF'|'CI'|'GW'|'ML'|'NE'|'SN'|'TG' $country
     * @param array<string, string> $identifiers
     * @param array<string, string> $metadata
     * @param list<SmeAccount> $accounts
     * @param SmeFlows $flows
     * @param ?SmeLatestScore $latest_score
     * @param string $created_at
     */
    public function __construct(
        public readonly string $object,
        public readonly string $sme_id,
        public readonly ?string $name,
        public readonly string $sector,
        public readonly string $country,
        public readonly array $identifiers,
        public readonly array $metadata,
        public readonly array $accounts,
        public readonly SmeFlows $flows,
        public readonly ?SmeLatestScore $latest_score,
        public readonly string $created_at,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['sme_id'],
            $data['name'] ?? null,
            $data['sector'],
            $data['country'],
            $data['identifiers'],
            $data['metadata'],
            array_map([SmeAccount::class, 'fromArray'], $data['accounts']),
            SmeFlows::fromArray($data['flows']),
            isset($data['latest_score']) ? SmeLatestScore::fromArray($data['latest_score']) : null,
            $data['created_at'],
        );
    }
}
