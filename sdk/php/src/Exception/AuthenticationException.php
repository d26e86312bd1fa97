<?php

declare(strict_types=1);

namespace Score360\Exception;

/** 401, or the OAuth token endpoint refused the client's credentials. */
class AuthenticationException extends Score360Exception
{
}
