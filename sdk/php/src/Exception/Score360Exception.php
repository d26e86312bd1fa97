<?php

declare(strict_types=1);

namespace Score360\Exception;

/** Every failure the client throws; the subclass says what kind. */
class Score360Exception extends \RuntimeException
{
    /**
     * @param array<string, string> $headers Response headers, names in lower case
     */
    public function __construct(
        string $message,
        private readonly ?int $httpStatus = null,
        private readonly ?string $errorCode = null,
        private readonly ?string $errorType = null,
        private readonly ?string $param = null,
        private readonly ?string $requestId = null,
        private readonly array $headers = [],
        ?\Throwable $previous = null,
    ) {
        parent::__construct($message, 0, $previous);
    }

    /** The HTTP status, or null when no answer came back. */
    public function getHttpStatus(): ?int
    {
        return $this->httpStatus;
    }

    public function getErrorCode(): ?string
    {
        return $this->errorCode;
    }

    public function getErrorType(): ?string
    {
        return $this->errorType;
    }

    /** The field at fault, for validation errors. */
    public function getParam(): ?string
    {
        return $this->param;
    }

    /** Quote it to support. */
    public function getRequestId(): ?string
    {
        return $this->requestId;
    }

    /** @return array<string, string> */
    public function getHeaders(): array
    {
        return $this->headers;
    }
}
