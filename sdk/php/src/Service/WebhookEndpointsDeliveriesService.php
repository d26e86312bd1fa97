<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\WebhookDelivery;
use Score360\Model\WebhookDeliveryList;
use Score360\Page;
use Score360\Requester;

/** The webhookEndpoints.deliveries.* operations. */
final class WebhookEndpointsDeliveriesService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * The endpoint's delivery log: every attempt, newest first.
     *
     * `webhookEndpoints.deliveries.list`: GET /v1/webhook-endpoints/{id}/deliveries
     *
     * @param string $id
     * @param array{limit?: int} $params
     * @param array{} $options
     * @return Page<WebhookDelivery>
     */
    public function list(string $id, array $params = [], array $options = []): Page
    {
        return $this->requester->paginate('/v1/webhook-endpoints/' . rawurlencode($id) . '/deliveries', $params, $options, [WebhookDeliveryList::class, 'fromArray']);
    }
}
