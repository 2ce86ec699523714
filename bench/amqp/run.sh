#!/usr/bin/env bash
# Outbox-to-RabbitMQ throughput with publisher confirms: AmqpEventTransport against a plain RabbitMQ.Client publisher
# (the peer), same broker, same messages, alternating rounds. Needs AMSP_TEST_AMQP (.ci/run starts RabbitMQ and sets it).
# Usage: bench/amqp/run.sh [EVENTS] [IN_FLIGHT] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${AMSP_TEST_AMQP:?set AMSP_TEST_AMQP=amqp://user:password@127.0.0.1:5672/}"
dotnet run -c Release --project bench/amqp/Amsp.Amqp.Bench -- "${1:-20000}" "${2:-64}" "${3:-3}"
