// @generated from spec/openapi.yaml by build.rs (build/generator.rs): do not edit; `cargo xtask generate` writes it.
/// The component schemas of the spec, by name.
pub const NAMES: &[&str] = &[
    "AccessTokenLifetime",
    "Attachment",
    "AuthorizationCodeGrant",
    "BulkRecoverAuthor",
    "BulkRecoverRequest",
    "ClientCredentialsGrant",
    "CursorLinks",
    "CursorMeta",
    "CustomFieldValue",
    "DeletedTicket",
    "DeletedTicketActor",
    "DeletedTicketsPage",
    "DeletedUser",
    "DeletedUserResponse",
    "DeletedUsersPage",
    "EmptyObject",
    "ErrorBody",
    "ErrorCode",
    "ErrorDetail",
    "ErrorItem",
    "ErrorTitleMessage",
    "JobStatus",
    "JobStatusOutcome",
    "JobStatusResponse",
    "JobStatusResult",
    "JobStatusesPage",
    "JobStatusesResponse",
    "OAuthClientIdentifier",
    "OAuthError",
    "OAuthScope",
    "OAuthToken",
    "OAuthTokenResponse",
    "RecoverSuspendedTicketFailure",
    "RecoverSuspendedTicketsFailure",
    "RecoveredTicketResponse",
    "RecoveredTicketsResponse",
    "RefreshTokenGrant",
    "RefreshTokenLifetime",
    "RequestRefused",
    "SatisfactionRating",
    "SuspendedTicket",
    "SuspendedTicketAuthor",
    "SuspendedTicketExport",
    "SuspendedTicketExportResponse",
    "SuspendedTicketResponse",
    "SuspendedTicketsNotRecovered",
    "SuspendedTicketsPage",
    "Thumbnail",
    "Ticket",
    "TicketResponse",
    "TicketsPage",
    "TokenRequest",
    "TokenResponse",
    "Upload",
    "UploadResponse",
    "User",
    "UserResponse",
    "UserUpdate",
    "UserUpdateRequest",
    "UsersPage",
    "Via",
    "ViaParty",
    "ViaSource",
];

/// Decodes `value` as the generated type of the component schema `name`
/// and encodes it back; `None` when the spec has no schema of that name.
pub fn roundtrip(
    name: &str,
    value: &serde_json::Value,
) -> Option<Result<serde_json::Value, serde_json::Error>> {
    match name {
        "AccessTokenLifetime" => Some(
            serde_json::from_value::<super::types::AccessTokenLifetime>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "Attachment" => Some(
            serde_json::from_value::<super::types::Attachment>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "AuthorizationCodeGrant" => Some(
            serde_json::from_value::<super::types::AuthorizationCodeGrant>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "BulkRecoverAuthor" => Some(
            serde_json::from_value::<super::types::BulkRecoverAuthor>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "BulkRecoverRequest" => Some(
            serde_json::from_value::<super::types::BulkRecoverRequest>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "ClientCredentialsGrant" => Some(
            serde_json::from_value::<super::types::ClientCredentialsGrant>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "CursorLinks" => Some(
            serde_json::from_value::<super::types::CursorLinks>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "CursorMeta" => Some(
            serde_json::from_value::<super::types::CursorMeta>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "CustomFieldValue" => Some(
            serde_json::from_value::<super::types::CustomFieldValue>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "DeletedTicket" => Some(
            serde_json::from_value::<super::types::DeletedTicket>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "DeletedTicketActor" => Some(
            serde_json::from_value::<super::types::DeletedTicketActor>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "DeletedTicketsPage" => Some(
            serde_json::from_value::<super::types::DeletedTicketsPage>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "DeletedUser" => Some(
            serde_json::from_value::<super::types::DeletedUser>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "DeletedUserResponse" => Some(
            serde_json::from_value::<super::types::DeletedUserResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "DeletedUsersPage" => Some(
            serde_json::from_value::<super::types::DeletedUsersPage>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "EmptyObject" => Some(
            serde_json::from_value::<super::types::EmptyObject>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "ErrorBody" => Some(
            serde_json::from_value::<super::types::ErrorBody>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "ErrorCode" => Some(
            serde_json::from_value::<super::types::ErrorCode>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "ErrorDetail" => Some(
            serde_json::from_value::<super::types::ErrorDetail>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "ErrorItem" => Some(
            serde_json::from_value::<super::types::ErrorItem>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "ErrorTitleMessage" => Some(
            serde_json::from_value::<super::types::ErrorTitleMessage>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "JobStatus" => Some(
            serde_json::from_value::<super::types::JobStatus>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "JobStatusOutcome" => Some(
            serde_json::from_value::<super::types::JobStatusOutcome>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "JobStatusResponse" => Some(
            serde_json::from_value::<super::types::JobStatusResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "JobStatusResult" => Some(
            serde_json::from_value::<super::types::JobStatusResult>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "JobStatusesPage" => Some(
            serde_json::from_value::<super::types::JobStatusesPage>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "JobStatusesResponse" => Some(
            serde_json::from_value::<super::types::JobStatusesResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "OAuthClientIdentifier" => Some(
            serde_json::from_value::<super::types::OAuthClientIdentifier>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "OAuthError" => Some(
            serde_json::from_value::<super::types::OAuthError>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "OAuthScope" => Some(
            serde_json::from_value::<super::types::OAuthScope>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "OAuthToken" => Some(
            serde_json::from_value::<super::types::OAuthToken>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "OAuthTokenResponse" => Some(
            serde_json::from_value::<super::types::OAuthTokenResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "RecoverSuspendedTicketFailure" => Some(
            serde_json::from_value::<super::types::RecoverSuspendedTicketFailure>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "RecoverSuspendedTicketsFailure" => Some(
            serde_json::from_value::<super::types::RecoverSuspendedTicketsFailure>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "RecoveredTicketResponse" => Some(
            serde_json::from_value::<super::types::RecoveredTicketResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "RecoveredTicketsResponse" => Some(
            serde_json::from_value::<super::types::RecoveredTicketsResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "RefreshTokenGrant" => Some(
            serde_json::from_value::<super::types::RefreshTokenGrant>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "RefreshTokenLifetime" => Some(
            serde_json::from_value::<super::types::RefreshTokenLifetime>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "RequestRefused" => Some(
            serde_json::from_value::<super::types::RequestRefused>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "SatisfactionRating" => Some(
            serde_json::from_value::<super::types::SatisfactionRating>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "SuspendedTicket" => Some(
            serde_json::from_value::<super::types::SuspendedTicket>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "SuspendedTicketAuthor" => Some(
            serde_json::from_value::<super::types::SuspendedTicketAuthor>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "SuspendedTicketExport" => Some(
            serde_json::from_value::<super::types::SuspendedTicketExport>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "SuspendedTicketExportResponse" => Some(
            serde_json::from_value::<super::types::SuspendedTicketExportResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "SuspendedTicketResponse" => Some(
            serde_json::from_value::<super::types::SuspendedTicketResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "SuspendedTicketsNotRecovered" => Some(
            serde_json::from_value::<super::types::SuspendedTicketsNotRecovered>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "SuspendedTicketsPage" => Some(
            serde_json::from_value::<super::types::SuspendedTicketsPage>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "Thumbnail" => Some(
            serde_json::from_value::<super::types::Thumbnail>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "Ticket" => Some(
            serde_json::from_value::<super::types::Ticket>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "TicketResponse" => Some(
            serde_json::from_value::<super::types::TicketResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "TicketsPage" => Some(
            serde_json::from_value::<super::types::TicketsPage>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "TokenRequest" => Some(
            serde_json::from_value::<super::types::TokenRequest>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "TokenResponse" => Some(
            serde_json::from_value::<super::types::TokenResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "Upload" => Some(
            serde_json::from_value::<super::types::Upload>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "UploadResponse" => Some(
            serde_json::from_value::<super::types::UploadResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "User" => Some(
            serde_json::from_value::<super::types::User>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "UserResponse" => Some(
            serde_json::from_value::<super::types::UserResponse>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "UserUpdate" => Some(
            serde_json::from_value::<super::types::UserUpdate>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "UserUpdateRequest" => Some(
            serde_json::from_value::<super::types::UserUpdateRequest>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "UsersPage" => Some(
            serde_json::from_value::<super::types::UsersPage>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "Via" => Some(
            serde_json::from_value::<super::types::Via>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "ViaParty" => Some(
            serde_json::from_value::<super::types::ViaParty>(value.clone())
                .and_then(serde_json::to_value),
        ),
        "ViaSource" => Some(
            serde_json::from_value::<super::types::ViaSource>(value.clone())
                .and_then(serde_json::to_value),
        ),
        _ => None,
    }
}
