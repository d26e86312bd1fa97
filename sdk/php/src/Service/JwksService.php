<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\Jwks;
use Score360\Requester;

/** The jwks.* operations. */
final class JwksService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * Public keys that verify access tokens.
     *
     * `jwks.retrieve`: GET /.well-known/jwks.json
     *
     * @param array{} $options
     * @return Jwks
     */
    public function retrieve(array $options = []): Jwks
    {
        return Jwks::fromArray($this->requester->request('GET', '/.well-known/jwks.json', [], null, $options));
    }
}
