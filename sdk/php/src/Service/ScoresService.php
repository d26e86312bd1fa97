<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\Score;
use Score360\Model\ScoreHistory;
use Score360\Page;
use Score360\Requester;

/** The scores.* operations. */
final class ScoresService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * Score an SME now.
     *
     * `scores.create`: POST /v1/scores
     *
     * @param array{sme_id: string, sector?: 'commerce'|'agriculture'|'manufacturing'|'construction'|'transport'|'hospitality'|'services'|'health'|'education'|'technology', window_days?: int} $params
     * @param array{idempotency_key?: string} $options
     * @return Score
     */
    public function create(array $params, array $options = []): Score
    {
        return Score::fromArray($this->requester->request('POST', '/v1/scores', [], $params, $options));
    }

    /**
     * An SME's latest score and its history, newest first.
     *
     * `scores.retrieve`: GET /v1/scores/{sme_id}
     *
     * @param string $smeId
     * @param array{limit?: int} $params
     * @param array{} $options
     * @return Page<Score>
     */
    public function retrieve(string $smeId, array $params = [], array $options = []): Page
    {
        return $this->requester->paginate('/v1/scores/' . rawurlencode($smeId), $params, $options, [ScoreHistory::class, 'fromArray']);
    }
}
