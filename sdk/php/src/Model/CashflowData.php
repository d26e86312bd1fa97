<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The CashflowData object of the API. */
final class CashflowData
{
    /**
     * @param string $period_start
     * @param string $period_end
     * @param int $inflow Total incoming, XOF
     * @param int $outflow Total outgoing, XOF
     * @param int $net
     * @param int $in_count
     * @param int $out_count
     * @param bool $complete false for the current period, still running
     */
    public function __construct(
        public readonly string $period_start,
        public readonly string $period_end,
        public readonly int $inflow,
        public readonly int $outflow,
        public readonly int $net,
        public readonly int $in_count,
        public readonly int $out_count,
        public readonly bool $complete,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['period_start'],
            $data['period_end'],
            $data['inflow'],
            $data['outflow'],
            $data['net'],
            $data['in_count'],
            $data['out_count'],
            $data['complete'],
        );
    }
}
