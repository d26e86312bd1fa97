<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\FlowIngestionResult;
use Score360\RawBody;
use Score360\Requester;

/** The flows.* operations. */
final class FlowsService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * Send an SME's PI-SPI payment flows.
     *
     * `flows.ingest`: POST /v1/connect/flows
     *
     * @param array{sme_id: string, flows: list<array{id: string, occurred_at: string, amount: int, direction: 'in'|'out', counterparty?: string, channel?: 'pi_spi'|'mobile_money'|'card'|'bank_transfer'|'cash'}>} $params
     * @param array{idempotency_key?: string} $options
     * @return FlowIngestionResult
     */
    public function ingest(array $params, array $options = []): FlowIngestionResult
    {
        return FlowIngestionResult::fromArray($this->requester->request('POST', '/v1/connect/flows', [], $params, $options));
    }

    /**
     * Send an ISO 20022 camt.053 statement or camt.054 notification.
     *
     * `flows.ingestCamt`: POST /v1/connect/camt
     *
     * @param string $document sent as it is, as application/xml
     * @param array{sme_id?: string} $params
     * @param array{idempotency_key?: string} $options
     * @return FlowIngestionResult
     */
    public function ingestCamt(string $document, array $params = [], array $options = []): FlowIngestionResult
    {
        return FlowIngestionResult::fromArray($this->requester->request('POST', '/v1/connect/camt', $params, new RawBody($document, 'application/xml'), $options));
    }

    /**
     * Send PI-SPI payment notifications as the PI-SPI business interface emits them.
     *
     * `flows.ingestPiSpi`: POST /v1/connect/pi-spi/events
     *
     * @param array{data: list<array{evCode: string, evDate?: string, end2endId?: string, montant?: float, alias?: string, statut?: 'INITIE'|'ENVOYE'|'IRREVOCABLE'|'REJETE', dateIrrevocabilite?: string, retourStatut?: 'INITIE'|'ENVOYE'|'IRREVOCABLE'|'REJETE', retourDateIrrevocabilite?: string, payeurAlias?: string, payeAlias?: string, payeurCompte?: string, payeCompte?: string}>, meta?: array{total: int}} $params
     * @param array{idempotency_key?: string} $options
     * @return FlowIngestionResult
     */
    public function ingestPiSpi(array $params, array $options = []): FlowIngestionResult
    {
        return FlowIngestionResult::fromArray($this->requester->request('POST', '/v1/connect/pi-spi/events', [], $params, $options));
    }
}
