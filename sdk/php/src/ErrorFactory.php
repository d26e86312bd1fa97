<?php

declare(strict_types=1);

namespace Score360;

use Score360\Exception\ApiException;
use Score360\Exception\AuthenticationException;
use Score360\Exception\ConflictException;
use Score360\Exception\InvalidRequestException;
use Score360\Exception\NotFoundException;
use Score360\Exception\PermissionException;
use Score360\Exception\RateLimitException;
use Score360\Exception\Score360Exception;

/** The exception for an HTTP failure, from the API's error body (or the OAuth endpoint's). */
final class ErrorFactory
{
    private const BY_TYPE = [
        'invalid_request_error' => InvalidRequestException::class,
        'authentication_error' => AuthenticationException::class,
        'permission_error' => PermissionException::class,
        'conflict_error' => ConflictException::class,
        'rate_limit_error' => RateLimitException::class,
        'api_error' => ApiException::class,
    ];

    public static function fromResponse(Response $answer): Score360Exception
    {
        $payload = json_decode($answer->body, true);
        $requestId = $answer->headers['request-id'] ?? null;
        $error = is_array($payload) ? ($payload['error'] ?? null) : null;
        if (is_array($error)) {
            $type = is_string($error['type'] ?? null) ? $error['type'] : null;
            $class = self::BY_TYPE[$type] ?? self::byStatus($answer->status);
            if ($answer->status === 404 && $class === InvalidRequestException::class) {
                $class = NotFoundException::class;
            }
            return new $class(
                (string) ($error['message'] ?? ''),
                $answer->status,
                $error['code'] ?? null,
                $type,
                $error['param'] ?? null,
                $error['request_id'] ?? $requestId,
                $answer->headers,
            );
        }
        if (is_string($error)) { // RFC 6749 shape, from POST /oauth/token
            $class = $answer->status === 429 ? RateLimitException::class : AuthenticationException::class;
            return new $class((string) ($payload['error_description'] ?? $error), $answer->status, $error, null, null, $requestId, $answer->headers);
        }
        $class = self::byStatus($answer->status);
        return new $class("HTTP {$answer->status}", $answer->status, null, null, null, $requestId, $answer->headers);
    }

    /** @return class-string<Score360Exception> */
    private static function byStatus(int $status): string
    {
        return match (true) {
            $status === 401 => AuthenticationException::class,
            $status === 403 => PermissionException::class,
            $status === 404 => NotFoundException::class,
            $status === 409 => ConflictException::class,
            $status === 429 => RateLimitException::class,
            $status >= 500 => ApiException::class,
            default => InvalidRequestException::class,
        };
    }
}
