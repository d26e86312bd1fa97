<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The TokenResponse object of the API. */
final class TokenResponse
{
    /**
     * @param string $access_token RS256 JWT (RFC 9068, `typ: at+jwt`)
     * @param string $token_type
     * @param int $expires_in
     * @param string $scope
     */
    public function __construct(
        public readonly string $access_token,
        public readonly string $token_type,
        public readonly int $expires_in,
        public readonly string $scope,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['access_token'],
            $data['token_type'],
            $data['expires_in'],
            $data['scope'],
        );
    }
}
