<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The AuditEntry object of the API. */
final class AuditEntry
{
    /**
     * @param string $object
     * @param string $id
     * @param int $seq Position in the chain, from 1, without gaps
     * @param string $at
     * @param string $actor The key id or OAuth client id (never a secret)
     * @param string $action
     * @param ?string $resource The path of the object addressed, when the route addresses one
     * @param int $status
     * @param string $request_id
     * @param ?string $ip
     * @param ?string $user_agent
     * @param string $prev_hash The previous entry's hash (64 zeros for the first)
     * @param string $hash SHA-256 hex of prev_hash + "\n" + the canonical entry
     */
    public function __construct(
        public readonly string $object,
        public readonly string $id,
        public readonly int $seq,
        public readonly string $at,
        public readonly string $actor,
        public readonly string $action,
        public readonly ?string $resource,
        public readonly int $status,
        public readonly string $request_id,
        public readonly ?string $ip,
        public readonly ?string $user_agent,
        public readonly string $prev_hash,
        public readonly string $hash,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['id'],
            $data['seq'],
            $data['at'],
            $data['actor'],
            $data['action'],
            $data['resource'] ?? null,
            $data['status'],
            $data['request_id'],
            $data['ip'] ?? null,
            $data['user_agent'] ?? null,
            $data['prev_hash'],
            $data['hash'],
        );
    }
}
