<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\OAuthClient;
use Score360\Model\OAuthClientList;
use Score360\Model\OAuthClientWithSecret;
use Score360\Model\OauthClientsRevokeResponse;
use Score360\Page;
use Score360\Requester;

/** The oauthClients.* operations. */
final class OauthClientsService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * Create an OAuth2 client (secret shown once).
     *
     * `oauthClients.create`: POST /v1/oauth/clients
     *
     * @param array{name: string, role: 'admin'|'integrator'|'risk_analyst'|'auditor'|'viewer', team?: string} $params
     * @param array{idempotency_key?: string} $options
     * @return OAuthClientWithSecret
     */
    public function create(array $params, array $options = []): OAuthClientWithSecret
    {
        return OAuthClientWithSecret::fromArray($this->requester->request('POST', '/v1/oauth/clients', [], $params, $options));
    }

    /**
     * List active OAuth2 clients.
     *
     * `oauthClients.list`: GET /v1/oauth/clients
     *
     * @param array{limit?: int} $params
     * @param array{} $options
     * @return Page<OAuthClient>
     */
    public function list(array $params = [], array $options = []): Page
    {
        return $this->requester->paginate('/v1/oauth/clients', $params, $options, [OAuthClientList::class, 'fromArray']);
    }

    /**
     * Revoke a client: no new token, and its tokens are refused from the next request.
     *
     * `oauthClients.revoke`: DELETE /v1/oauth/clients/{client_id}
     *
     * @param string $clientId
     * @param array{} $options
     * @return OauthClientsRevokeResponse
     */
    public function revoke(string $clientId, array $options = []): OauthClientsRevokeResponse
    {
        return OauthClientsRevokeResponse::fromArray($this->requester->request('DELETE', '/v1/oauth/clients/' . rawurlencode($clientId), [], null, $options));
    }
}
