//! The OpenAPI 3.1 document served at `/openapi.json`.

use serde_json::{json, Value};

fn err(desc: &str) -> Value {
    json!({"description": desc, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}})
}

fn q(name: &str, desc: &str, schema: Value) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": desc, "schema": schema})
}

/// The API description (paths, parameters, schemas, security).
pub fn document() -> Value {
    let id_param = |what: &str| json!({"name": "id", "in": "path", "required": true, "description": format!("{what} id"), "schema": {"type": "string"}});
    json!({
      "openapi": "3.1.0",
      "info": {
        "title": "rasd API",
        "version": env!("CARGO_PKG_VERSION"),
        "description": "Arabic news → ACLED-style event records. All spans are Unicode code point (char) offsets into the article `text`. Errors are JSON: {\"error\": {\"status\", \"code\", \"message\"}}. Requests are rate limited per client (429 with Retry-After)."
      },
      "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object",
            "required": ["status", "code", "message"],
            "properties": {"status": {"type": "integer"}, "code": {"type": "string"}, "message": {"type": "string"}}}}},
          "Span": {"type": "object", "required": ["start", "end"], "properties": {
            "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}}},
          "Article": {"type": "object", "required": ["id", "text"], "properties": {
            "id": {"type": "string"}, "source": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]},
            "published": {"type": ["string", "null"], "description": "YYYY-MM-DD (or RFC 3339)"},
            "title": {"type": ["string", "null"]}, "text": {"type": "string", "description": "paragraphs separated by \\n"},
            "category": {"type": ["string", "null"]}}},
          "Event": {"type": "object", "description": "One event record (shared/spec/event-record.md).", "properties": {
            "role": {"enum": ["primary", "background"]},
            "event_type": {"type": ["string", "null"]}, "sub_event_type": {"type": ["string", "null"]},
            "disorder_type": {"type": ["string", "null"]}, "plover": {"type": ["object", "null"]},
            "event_date": {"type": ["string", "null"]}, "time": {"type": ["string", "null"]},
            "time_precision": {"type": ["integer", "null"]}, "location": {"type": ["object", "null"]},
            "actor1": {"type": ["object", "null"]}, "assoc_actor_1": {"type": ["object", "null"]},
            "actor2": {"type": ["object", "null"]}, "assoc_actor_2": {"type": ["object", "null"]},
            "fatalities": {"type": ["integer", "null"]}, "injuries": {"type": ["integer", "null"]},
            "weapons": {"type": "array", "items": {"type": "string"}}, "quantities": {"type": "array"},
            "claims": {"type": "array"}, "responsibility": {"type": "object"}, "notes": {"type": "string"},
            "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Span"}},
            "confidence": {"type": "number"}}},
          "Report": {"type": "object", "required": ["id", "language", "events"], "properties": {
            "id": {"type": "string"}, "published": {"type": ["string", "null"]}, "language": {"type": "string"},
            "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
            "entities": {"type": "array"}, "times": {"type": "array"}, "warnings": {"type": "array", "items": {"type": "string"}}}},
          "EventRow": {"allOf": [{"$ref": "#/components/schemas/Event"}, {"type": "object", "properties": {
            "id": {"type": "string"}, "article_id": {"type": "string"}, "reports": {"type": "integer"}}}]},
          "EventDetail": {"type": "object", "properties": {
            "id": {"type": "string"}, "event": {"$ref": "#/components/schemas/Event"},
            "reports": {"type": "array", "items": {"type": "object", "properties": {
              "article_id": {"type": "string"}, "title": {"type": ["string", "null"]}, "source": {"type": ["string", "null"]},
              "url": {"type": ["string", "null"]}, "published": {"type": ["string", "null"]}, "text": {"type": "string"},
              "event": {"$ref": "#/components/schemas/Event"}}}}}},
          "StoredArticle": {"type": "object", "properties": {
            "article": {"$ref": "#/components/schemas/Article"},
            "report": {"oneOf": [{"$ref": "#/components/schemas/Report"}, {"type": "null"}]},
            "event_ids": {"type": "array", "items": {"type": "string"}}}}
        }
      },
      "paths": {
        "/v1/extract": {"post": {
          "summary": "Extract the events of one article (nothing is stored)",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
          "responses": {
            "200": {"description": "the report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
            "400": err("malformed JSON"), "413": err("body too large"), "415": err("not JSON"),
            "422": err("not a valid article"), "429": err("rate limited")}}},
        "/v1/articles": {"post": {
          "summary": "Ingest one article (object) or many (array): extract and store",
          "security": [{"bearer": []}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"oneOf": [
            {"$ref": "#/components/schemas/Article"},
            {"type": "array", "items": {"$ref": "#/components/schemas/Article"}}]}}}},
          "responses": {
            "201": {"description": "stored: {id, new, events, event_ids} for an object, {ingested: [...], errors: [...]} for an array",
                    "content": {"application/json": {"schema": {"type": "object"}}}},
            "400": err("malformed JSON"), "401": err("missing or wrong token"), "403": err("writes disabled (no token configured)"),
            "413": err("body or batch too large"), "422": err("not a valid article"), "429": err("rate limited")}}},
        "/v1/articles/{id}": {"get": {
          "summary": "A stored article with its report",
          "parameters": [id_param("article")],
          "responses": {"200": {"description": "the article", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoredArticle"}}}},
                        "404": err("no such article")}}},
        "/v1/events": {"get": {
          "summary": "Stored events, filtered and paginated (newest first); GeoJSON on request",
          "parameters": [
            q("from", "first event date, inclusive", json!({"type": "string", "format": "date"})),
            q("to", "last event date, inclusive", json!({"type": "string", "format": "date"})),
            q("country", "ISO 3166-1 alpha-2", json!({"type": "string"})),
            q("admin1", "first-level division (ACLED spelling)", json!({"type": "string"})),
            q("type", "ACLED event type or sub-event type", json!({"type": "string"})),
            q("bbox", "min_lon,min_lat,max_lon,max_lat", json!({"type": "string"})),
            q("text", "free text (alias q)", json!({"type": "string"})),
            q("role", "primary (default) or all", json!({"enum": ["primary", "all"]})),
            q("limit", "page size (1..=max, default 100)", json!({"type": "integer"})),
            q("offset", "rows to skip", json!({"type": "integer"})),
            q("format", "json (default) or geojson; `Accept: application/geo+json` works too", json!({"enum": ["json", "geojson"]}))
          ],
          "responses": {
            "200": {"description": "{total, limit, offset, next_offset, events: [EventRow]} or a GeoJSON FeatureCollection",
              "content": {
                "application/json": {"schema": {"type": "object", "properties": {
                  "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"},
                  "next_offset": {"type": ["integer", "null"]},
                  "events": {"type": "array", "items": {"$ref": "#/components/schemas/EventRow"}}}}},
                "application/geo+json": {"schema": {"type": "object"}}}},
            "400": err("bad filter"), "429": err("rate limited")}}},
        "/v1/events/{id}": {"get": {
          "summary": "One event with its reports (article text, evidence spans, claims)",
          "parameters": [id_param("event")],
          "responses": {"200": {"description": "the event", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventDetail"}}}},
                        "404": err("no such event")}}},
        "/v1/health": {"get": {"summary": "Health and store sizes",
          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}},
                        "503": {"description": "store unavailable"}}}},
        "/healthz": {"get": {"summary": "Same as /v1/health",
          "responses": {"200": {"description": "ok"}, "503": {"description": "store unavailable"}}}},
        "/metrics": {"get": {"summary": "Prometheus metrics",
          "responses": {"200": {"description": "text exposition format", "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
        "/openapi.json": {"get": {"summary": "This document",
          "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}}}}
      }
    })
}
