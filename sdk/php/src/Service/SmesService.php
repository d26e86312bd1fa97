<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\BulkCreateSmesResult;
use Score360\Model\Cashflow;
use Score360\Model\Erasure;
use Score360\Model\Sme;
use Score360\Model\SmeList;
use Score360\Page;
use Score360\Requester;

/** The smes.* operations. */
final class SmesService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * Register up to 1,000 SMEs in one call.
     *
     * `smes.bulkCreate`: POST /v1/smes/bulk
     *
     * @param array{smes: list<array{sme_id: string, name?: string, sector: 'commerce'|'agriculture'|'manufacturing'|'construction'|'transport'|'hospitality'|'services'|'health'|'education'|'technology', country: 'BJ'|'BF'|'CI'|'GW'|'ML'|'NE'|'SN'|'TG', identifiers?: array{rccm?: string, tax_id?: string}, metadata?: array<string, string>, accounts?: list<array{scheme: 'iban'|'account'|'pi_spi_alias', id: string}>}>} $params
     * @param array{idempotency_key?: string} $options
     * @return BulkCreateSmesResult
     */
    public function bulkCreate(array $params, array $options = []): BulkCreateSmesResult
    {
        return BulkCreateSmesResult::fromArray($this->requester->request('POST', '/v1/smes/bulk', [], $params, $options));
    }

    /**
     * An SME's monthly or weekly inflows and outflows.
     *
     * `smes.cashflow`: GET /v1/smes/{sme_id}/cashflow
     *
     * @param string $smeId
     * @param array{interval?: 'month'|'week', periods?: int} $params
     * @param array{} $options
     * @return Cashflow
     */
    public function cashflow(string $smeId, array $params = [], array $options = []): Cashflow
    {
        return Cashflow::fromArray($this->requester->request('GET', '/v1/smes/' . rawurlencode($smeId) . '/cashflow', $params, null, $options));
    }

    /**
     * Register an SME.
     *
     * `smes.create`: POST /v1/smes
     *
     * @param array{sme_id: string, name?: string, sector: 'commerce'|'agriculture'|'manufacturing'|'construction'|'transport'|'hospitality'|'services'|'health'|'education'|'technology', country: 'BJ'|'BF'|'CI'|'GW'|'ML'|'NE'|'SN'|'TG', identifiers?: array{rccm?: string, tax_id?: string}, metadata?: array<string, string>, accounts?: list<array{scheme: 'iban'|'account'|'pi_spi_alias', id: string}>} $params
     * @param array{idempotency_key?: string} $options
     * @return Sme
     */
    public function create(array $params, array $options = []): Sme
    {
        return Sme::fromArray($this->requester->request('POST', '/v1/smes', [], $params, $options));
    }

    /**
     * Erase an SME (right to erasure).
     *
     * `smes.delete`: DELETE /v1/smes/{sme_id}
     *
     * @param string $smeId
     * @param array{} $options
     * @return Erasure
     */
    public function delete(string $smeId, array $options = []): Erasure
    {
        return Erasure::fromArray($this->requester->request('DELETE', '/v1/smes/' . rawurlencode($smeId), [], null, $options));
    }

    /**
     * List SMEs, newest first.
     *
     * `smes.list`: GET /v1/smes
     *
     * @param array{limit?: int, sector?: 'commerce'|'agriculture'|'manufacturing'|'construction'|'transport'|'hospitality'|'services'|'health'|'education'|'technology', country?: 'BJ'|'BF'|'CI'|'GW'|'ML'|'NE'|'SN'|'TG'} $params
     * @param array{} $options
     * @return Page<Sme>
     */
    public function list(array $params = [], array $options = []): Page
    {
        return $this->requester->paginate('/v1/smes', $params, $options, [SmeList::class, 'fromArray']);
    }

    /**
     * Retrieve an SME.
     *
     * `smes.retrieve`: GET /v1/smes/{sme_id}
     *
     * @param string $smeId
     * @param array{} $options
     * @return Sme
     */
    public function retrieve(string $smeId, array $options = []): Sme
    {
        return Sme::fromArray($this->requester->request('GET', '/v1/smes/' . rawurlencode($smeId), [], null, $options));
    }

    /**
     * Update an SME.
     *
     * `smes.update`: PATCH /v1/smes/{sme_id}
     *
     * @param string $smeId
     * @param array{name?: string, sector?: 'commerce'|'agriculture'|'manufacturing'|'construction'|'transport'|'hospitality'|'services'|'health'|'education'|'technology', identifiers?: array{rccm?: string, tax_id?: string}, metadata?: array<string, string>, accounts?: list<array{scheme: 'iban'|'account'|'pi_spi_alias', id: string}>} $params
     * @param array{} $options
     * @return Sme
     */
    public function update(string $smeId, array $params = [], array $options = []): Sme
    {
        return Sme::fromArray($this->requester->request('PATCH', '/v1/smes/' . rawurlencode($smeId), [], $params, $options));
    }
}
