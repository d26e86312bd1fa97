<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\RotatedWebhookEndpoint;
use Score360\Model\WebhookEndpoint;
use Score360\Model\WebhookEndpointList;
use Score360\Model\WebhookEndpointWithSecret;
use Score360\Model\WebhookEndpointsDeleteResponse;
use Score360\Page;
use Score360\Requester;

/** The webhookEndpoints.* operations. */
final class WebhookEndpointsService
{
    public readonly WebhookEndpointsDeliveriesService $deliveries;

    public function __construct(private readonly Requester $requester)
    {
        $this->deliveries = new WebhookEndpointsDeliveriesService($requester);
    }

    /**
     * Create a webhook endpoint (its secret is shown once).
     *
     * `webhookEndpoints.create`: POST /v1/webhook-endpoints
     *
     * @param array{url: string, events: list<'score.downgraded'|'score.upgraded'|'score.threshold_crossed'|'anomaly.detected'|'sme.risk_zone_entered'|'sme.erased'|'*'>, description?: string} $params
     * @param array{idempotency_key?: string} $options
     * @return WebhookEndpointWithSecret
     */
    public function create(array $params, array $options = []): WebhookEndpointWithSecret
    {
        return WebhookEndpointWithSecret::fromArray($this->requester->request('POST', '/v1/webhook-endpoints', [], $params, $options));
    }

    /**
     * Delete a webhook endpoint and its delivery log.
     *
     * `webhookEndpoints.delete`: DELETE /v1/webhook-endpoints/{id}
     *
     * @param string $id
     * @param array{} $options
     * @return WebhookEndpointsDeleteResponse
     */
    public function delete(string $id, array $options = []): WebhookEndpointsDeleteResponse
    {
        return WebhookEndpointsDeleteResponse::fromArray($this->requester->request('DELETE', '/v1/webhook-endpoints/' . rawurlencode($id), [], null, $options));
    }

    /**
     * List webhook endpoints, newest first.
     *
     * `webhookEndpoints.list`: GET /v1/webhook-endpoints
     *
     * @param array{limit?: int} $params
     * @param array{} $options
     * @return Page<WebhookEndpoint>
     */
    public function list(array $params = [], array $options = []): Page
    {
        return $this->requester->paginate('/v1/webhook-endpoints', $params, $options, [WebhookEndpointList::class, 'fromArray']);
    }

    /**
     * Retrieve a webhook endpoint.
     *
     * `webhookEndpoints.retrieve`: GET /v1/webhook-endpoints/{id}
     *
     * @param string $id
     * @param array{} $options
     * @return WebhookEndpoint
     */
    public function retrieve(string $id, array $options = []): WebhookEndpoint
    {
        return WebhookEndpoint::fromArray($this->requester->request('GET', '/v1/webhook-endpoints/' . rawurlencode($id), [], null, $options));
    }

    /**
     * Rotate the signing secret: old and new both sign for 24 h.
     *
     * `webhookEndpoints.rotateSecret`: POST /v1/webhook-endpoints/{id}/rotate-secret
     *
     * @param string $id
     * @param array{idempotency_key?: string} $options
     * @return RotatedWebhookEndpoint
     */
    public function rotateSecret(string $id, array $options = []): RotatedWebhookEndpoint
    {
        return RotatedWebhookEndpoint::fromArray($this->requester->request('POST', '/v1/webhook-endpoints/' . rawurlencode($id) . '/rotate-secret', [], null, $options));
    }

    /**
     * Update a webhook endpoint, or enable it again.
     *
     * `webhookEndpoints.update`: PATCH /v1/webhook-endpoints/{id}
     *
     * @param string $id
     * @param array{url?: string, events?: list<'score.downgraded'|'score.upgraded'|'score.threshold_crossed'|'anomaly.detected'|'sme.risk_zone_entered'|'sme.erased'|'*'>, description?: string|null, status?: 'enabled'|'disabled'} $params
     * @param array{} $options
     * @return WebhookEndpoint
     */
    public function update(string $id, array $params = [], array $options = []): WebhookEndpoint
    {
        return WebhookEndpoint::fromArray($this->requester->request('PATCH', '/v1/webhook-endpoints/' . rawurlencode($id), [], $params, $options));
    }
}
