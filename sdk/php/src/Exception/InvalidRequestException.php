<?php

declare(strict_types=1);

namespace Score360\Exception;

/** The request is wrong (400, 404, 405, 409 sme_already_exists, 413, 415, 422). */
class InvalidRequestException extends Score360Exception
{
}
