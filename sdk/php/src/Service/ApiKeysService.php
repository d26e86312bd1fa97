<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\ApiKey;
use Score360\Model\ApiKeyList;
use Score360\Model\ApiKeyWithSecret;
use Score360\Model\ApiKeysRevokeResponse;
use Score360\Page;
use Score360\Requester;

/** The apiKeys.* operations. */
final class ApiKeysService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * Create an API key (secret shown once).
     *
     * `apiKeys.create`: POST /v1/api-keys
     *
     * @param array{name: string, role: 'admin'|'integrator'|'risk_analyst'|'auditor'|'viewer', team?: string} $params
     * @param array{idempotency_key?: string} $options
     * @return ApiKeyWithSecret
     */
    public function create(array $params, array $options = []): ApiKeyWithSecret
    {
        return ApiKeyWithSecret::fromArray($this->requester->request('POST', '/v1/api-keys', [], $params, $options));
    }

    /**
     * List active API keys (prefix and last 4 only).
     *
     * `apiKeys.list`: GET /v1/api-keys
     *
     * @param array{limit?: int} $params
     * @param array{} $options
     * @return Page<ApiKey>
     */
    public function list(array $params = [], array $options = []): Page
    {
        return $this->requester->paginate('/v1/api-keys', $params, $options, [ApiKeyList::class, 'fromArray']);
    }

    /**
     * Revoke a key (effective on the next request).
     *
     * `apiKeys.revoke`: DELETE /v1/api-keys/{id}
     *
     * @param string $id
     * @param array{} $options
     * @return ApiKeysRevokeResponse
     */
    public function revoke(string $id, array $options = []): ApiKeysRevokeResponse
    {
        return ApiKeysRevokeResponse::fromArray($this->requester->request('DELETE', '/v1/api-keys/' . rawurlencode($id), [], null, $options));
    }

    /**
     * Roll a key: new secret, the old one valid until it expires.
     *
     * `apiKeys.roll`: POST /v1/api-keys/{id}/roll
     *
     * @param string $id
     * @param array{expires_in_seconds?: int} $params
     * @param array{idempotency_key?: string} $options
     * @return ApiKeyWithSecret
     */
    public function roll(string $id, array $params = [], array $options = []): ApiKeyWithSecret
    {
        return ApiKeyWithSecret::fromArray($this->requester->request('POST', '/v1/api-keys/' . rawurlencode($id) . '/roll', [], $params, $options));
    }
}
