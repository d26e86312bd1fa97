<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The Cashflow object of the API. */
final class Cashflow
{
    /**
     * @param string $object
     * @param string $sme_id
     * @param 'month'|'week' $interval
     * @param string $currency
     * @param list<CashflowData> $data Every period, oldest first; zeros where the SME had no flow
     */
    public function __construct(
        public readonly string $object,
        public readonly string $sme_id,
        public readonly string $interval,
        public readonly string $currency,
        public readonly array $data,
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
            $data['interval'],
            $data['currency'],
            array_map([CashflowData::class, 'fromArray'], $data['data']),
        );
    }
}
