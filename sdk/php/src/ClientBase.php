<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360;

use Score360\Service\ApiKeysService;
use Score360\Service\AuditLogsService;
use Score360\Service\EventsService;
use Score360\Service\FlowsService;
use Score360\Service\HealthService;
use Score360\Service\InstitutionsService;
use Score360\Service\JwksService;
use Score360\Service\OauthClientsService;
use Score360\Service\OauthService;
use Score360\Service\PortfolioService;
use Score360\Service\SandboxService;
use Score360\Service\ScoresService;
use Score360\Service\SmesService;
use Score360\Service\WebhookEndpointsService;

/** Every resource of the API, as properties of the client. */
abstract class ClientBase
{
    public readonly ApiKeysService $apiKeys;
    public readonly AuditLogsService $auditLogs;
    public readonly EventsService $events;
    public readonly FlowsService $flows;
    public readonly HealthService $health;
    public readonly InstitutionsService $institutions;
    public readonly JwksService $jwks;
    public readonly OauthService $oauth;
    public readonly OauthClientsService $oauthClients;
    public readonly PortfolioService $portfolio;
    public readonly SandboxService $sandbox;
    public readonly ScoresService $scores;
    public readonly SmesService $smes;
    public readonly WebhookEndpointsService $webhookEndpoints;

    protected function __construct(Requester $requester)
    {
        $this->apiKeys = new ApiKeysService($requester);
        $this->auditLogs = new AuditLogsService($requester);
        $this->events = new EventsService($requester);
        $this->flows = new FlowsService($requester);
        $this->health = new HealthService($requester);
        $this->institutions = new InstitutionsService($requester);
        $this->jwks = new JwksService($requester);
        $this->oauth = new OauthService($requester);
        $this->oauthClients = new OauthClientsService($requester);
        $this->portfolio = new PortfolioService($requester);
        $this->sandbox = new SandboxService($requester);
        $this->scores = new ScoresService($requester);
        $this->smes = new SmesService($requester);
        $this->webhookEndpoints = new WebhookEndpointsService($requester);
    }
}
