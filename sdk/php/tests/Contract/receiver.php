<?php

// Router for `php -S`: stores each webhook delivery (headers and raw body) in SCORE360_RECEIVER_DIR.
$dir = getenv('SCORE360_RECEIVER_DIR');
$headers = [];
foreach (getallheaders() as $name => $value) {
    $headers[strtolower($name)] = $value;
}
file_put_contents($dir . '/' . uniqid('delivery_', true) . '.json', json_encode([
    'headers' => $headers,
    'body' => base64_encode((string) file_get_contents('php://input')),
]));
http_response_code(204);
