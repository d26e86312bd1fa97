<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\Event;
use Score360\Model\EventList;
use Score360\Model\Redelivery;
use Score360\Page;
use Score360\Requester;

/** The events.* operations. */
final class EventsService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * List events, newest first.
     *
     * `events.list`: GET /v1/events
     *
     * @param array{limit?: int, type?: 'score.downgraded'|'score.upgraded'|'score.threshold_crossed'|'anomaly.detected'|'sme.risk_zone_entered'|'sme.erased', sme_id?: string} $params
     * @param array{} $options
     * @return Page<Event>
     */
    public function list(array $params = [], array $options = []): Page
    {
        return $this->requester->paginate('/v1/events', $params, $options, [EventList::class, 'fromArray']);
    }

    /**
     * Send an event again to every enabled endpoint subscribed to it.
     *
     * `events.redeliver`: POST /v1/events/{id}/redeliver
     *
     * @param string $id
     * @param array{idempotency_key?: string} $options
     * @return Redelivery
     */
    public function redeliver(string $id, array $options = []): Redelivery
    {
        return Redelivery::fromArray($this->requester->request('POST', '/v1/events/' . rawurlencode($id) . '/redeliver', [], null, $options));
    }

    /**
     * Retrieve an event.
     *
     * `events.retrieve`: GET /v1/events/{id}
     *
     * @param string $id
     * @param array{} $options
     * @return Event
     */
    public function retrieve(string $id, array $options = []): Event
    {
        return Event::fromArray($this->requester->request('GET', '/v1/events/' . rawurlencode($id), [], null, $options));
    }
}
