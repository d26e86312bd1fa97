<?php

declare(strict_types=1);

namespace Score360\Exception;

/** No answer: the connection failed or was cut. */
class ApiConnectionException extends Score360Exception
{
}
