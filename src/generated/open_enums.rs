// @generated from spec/openapi.yaml by build.rs (build/generator.rs): do not edit; `cargo xtask generate` writes it.
#[doc = "`authorization_code`.\n\n`AuthorizationCodeGrant.grant_type` in the spec. Values this version does not know decode as\n[`AuthorizationCodeGrantGrantType::Unknown`]."]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizationCodeGrantGrantType {
    #[doc = "`authorization_code`"]
    AuthorizationCode,
    /// A value this version of the client does not know, as sent
    /// (never one of the values above).
    Unknown(crate::UnknownValue),
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for AuthorizationCodeGrantGrantType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "AuthorizationCodeGrantGrantType".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "`authorization_code`.\n\n`AuthorizationCodeGrant.grant_type` in the spec. Values this version does not know decode as\n[`AuthorizationCodeGrantGrantType::Unknown`].",
            "examples": ["authorization_code"],
        })
    }
}

impl AuthorizationCodeGrantGrantType {
    /// The values the spec documents.
    pub const KNOWN: &'static [&'static str] = &["authorization_code"];

    /// The value as Zendesk sends it.
    pub fn as_str(&self) -> &str {
        match self {
            AuthorizationCodeGrantGrantType::AuthorizationCode => "authorization_code",
            AuthorizationCodeGrantGrantType::Unknown(other) => other.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, AuthorizationCodeGrantGrantType::Unknown(_))
    }
}

impl ::std::convert::From<&str> for AuthorizationCodeGrantGrantType {
    fn from(value: &str) -> Self {
        match value {
            "authorization_code" => AuthorizationCodeGrantGrantType::AuthorizationCode,
            other => AuthorizationCodeGrantGrantType::Unknown(crate::UnknownValue::new(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for AuthorizationCodeGrantGrantType {
    fn from(value: ::std::string::String) -> Self {
        AuthorizationCodeGrantGrantType::from(value.as_str())
    }
}

impl ::std::str::FromStr for AuthorizationCodeGrantGrantType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(AuthorizationCodeGrantGrantType::from(value))
    }
}

impl ::std::convert::From<&::std::string::String> for AuthorizationCodeGrantGrantType {
    fn from(value: &::std::string::String) -> Self {
        AuthorizationCodeGrantGrantType::from(value.as_str())
    }
}

impl ::std::fmt::Display for AuthorizationCodeGrantGrantType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for AuthorizationCodeGrantGrantType {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for AuthorizationCodeGrantGrantType {
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
        ::std::string::String::deserialize(deserializer).map(AuthorizationCodeGrantGrantType::from)
    }
}

#[doc = "`client_credentials`.\n\n`ClientCredentialsGrant.grant_type` in the spec. Values this version does not know decode as\n[`ClientCredentialsGrantGrantType::Unknown`]."]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientCredentialsGrantGrantType {
    #[doc = "`client_credentials`"]
    ClientCredentials,
    /// A value this version of the client does not know, as sent
    /// (never one of the values above).
    Unknown(crate::UnknownValue),
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for ClientCredentialsGrantGrantType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "ClientCredentialsGrantGrantType".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "`client_credentials`.\n\n`ClientCredentialsGrant.grant_type` in the spec. Values this version does not know decode as\n[`ClientCredentialsGrantGrantType::Unknown`].",
            "examples": ["client_credentials"],
        })
    }
}

impl ClientCredentialsGrantGrantType {
    /// The values the spec documents.
    pub const KNOWN: &'static [&'static str] = &["client_credentials"];

    /// The value as Zendesk sends it.
    pub fn as_str(&self) -> &str {
        match self {
            ClientCredentialsGrantGrantType::ClientCredentials => "client_credentials",
            ClientCredentialsGrantGrantType::Unknown(other) => other.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, ClientCredentialsGrantGrantType::Unknown(_))
    }
}

impl ::std::convert::From<&str> for ClientCredentialsGrantGrantType {
    fn from(value: &str) -> Self {
        match value {
            "client_credentials" => ClientCredentialsGrantGrantType::ClientCredentials,
            other => ClientCredentialsGrantGrantType::Unknown(crate::UnknownValue::new(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for ClientCredentialsGrantGrantType {
    fn from(value: ::std::string::String) -> Self {
        ClientCredentialsGrantGrantType::from(value.as_str())
    }
}

impl ::std::str::FromStr for ClientCredentialsGrantGrantType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(ClientCredentialsGrantGrantType::from(value))
    }
}

impl ::std::convert::From<&::std::string::String> for ClientCredentialsGrantGrantType {
    fn from(value: &::std::string::String) -> Self {
        ClientCredentialsGrantGrantType::from(value.as_str())
    }
}

impl ::std::fmt::Display for ClientCredentialsGrantGrantType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for ClientCredentialsGrantGrantType {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for ClientCredentialsGrantGrantType {
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
        ::std::string::String::deserialize(deserializer).map(ClientCredentialsGrantGrantType::from)
    }
}

#[doc = "The user's role.\n\n`DeletedUser.role` in the spec. Values this version does not know decode as\n[`DeletedUserRole::Unknown`]."]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeletedUserRole {
    #[doc = "`end-user`"]
    EndUser,
    #[doc = "`agent`"]
    Agent,
    #[doc = "`admin`"]
    Admin,
    /// A value this version of the client does not know, as sent
    /// (never one of the values above).
    Unknown(crate::UnknownValue),
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for DeletedUserRole {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "DeletedUserRole".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The user's role.\n\n`DeletedUser.role` in the spec. Values this version does not know decode as\n[`DeletedUserRole::Unknown`].",
            "examples": ["end-user", "agent", "admin"],
        })
    }
}

impl DeletedUserRole {
    /// The values the spec documents.
    pub const KNOWN: &'static [&'static str] = &["end-user", "agent", "admin"];

    /// The value as Zendesk sends it.
    pub fn as_str(&self) -> &str {
        match self {
            DeletedUserRole::EndUser => "end-user",
            DeletedUserRole::Agent => "agent",
            DeletedUserRole::Admin => "admin",
            DeletedUserRole::Unknown(other) => other.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, DeletedUserRole::Unknown(_))
    }
}

impl ::std::convert::From<&str> for DeletedUserRole {
    fn from(value: &str) -> Self {
        match value {
            "end-user" => DeletedUserRole::EndUser,
            "agent" => DeletedUserRole::Agent,
            "admin" => DeletedUserRole::Admin,
            other => DeletedUserRole::Unknown(crate::UnknownValue::new(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for DeletedUserRole {
    fn from(value: ::std::string::String) -> Self {
        DeletedUserRole::from(value.as_str())
    }
}

impl ::std::str::FromStr for DeletedUserRole {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(DeletedUserRole::from(value))
    }
}

impl ::std::convert::From<&::std::string::String> for DeletedUserRole {
    fn from(value: &::std::string::String) -> Self {
        DeletedUserRole::from(value.as_str())
    }
}

impl ::std::fmt::Display for DeletedUserRole {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for DeletedUserRole {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for DeletedUserRole {
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
        ::std::string::String::deserialize(deserializer).map(DeletedUserRole::from)
    }
}

#[doc = "`queued` and `working` may still change; `completed`, `failed` and\n`killed` are final.\n\n`JobStatus.status` in the spec. Values this version does not know decode as\n[`JobStatusStatus::Unknown`]."]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JobStatusStatus {
    #[doc = "`queued`"]
    Queued,
    #[doc = "`working`"]
    Working,
    #[doc = "`completed`"]
    Completed,
    #[doc = "`failed`"]
    Failed,
    #[doc = "`killed`"]
    Killed,
    /// A value this version of the client does not know, as sent
    /// (never one of the values above).
    Unknown(crate::UnknownValue),
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for JobStatusStatus {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "JobStatusStatus".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "`queued` and `working` may still change; `completed`, `failed` and\n`killed` are final.\n\n`JobStatus.status` in the spec. Values this version does not know decode as\n[`JobStatusStatus::Unknown`].",
            "examples": ["queued", "working", "completed", "failed", "killed"],
        })
    }
}

impl JobStatusStatus {
    /// The values the spec documents.
    pub const KNOWN: &'static [&'static str] = &["queued", "working", "completed", "failed", "killed"];

    /// The value as Zendesk sends it.
    pub fn as_str(&self) -> &str {
        match self {
            JobStatusStatus::Queued => "queued",
            JobStatusStatus::Working => "working",
            JobStatusStatus::Completed => "completed",
            JobStatusStatus::Failed => "failed",
            JobStatusStatus::Killed => "killed",
            JobStatusStatus::Unknown(other) => other.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, JobStatusStatus::Unknown(_))
    }
}

impl ::std::convert::From<&str> for JobStatusStatus {
    fn from(value: &str) -> Self {
        match value {
            "queued" => JobStatusStatus::Queued,
            "working" => JobStatusStatus::Working,
            "completed" => JobStatusStatus::Completed,
            "failed" => JobStatusStatus::Failed,
            "killed" => JobStatusStatus::Killed,
            other => JobStatusStatus::Unknown(crate::UnknownValue::new(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for JobStatusStatus {
    fn from(value: ::std::string::String) -> Self {
        JobStatusStatus::from(value.as_str())
    }
}

impl ::std::str::FromStr for JobStatusStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(JobStatusStatus::from(value))
    }
}

impl ::std::convert::From<&::std::string::String> for JobStatusStatus {
    fn from(value: &::std::string::String) -> Self {
        JobStatusStatus::from(value.as_str())
    }
}

impl ::std::fmt::Display for JobStatusStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for JobStatusStatus {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for JobStatusStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
        ::std::string::String::deserialize(deserializer).map(JobStatusStatus::from)
    }
}

#[doc = "`refresh_token`.\n\n`RefreshTokenGrant.grant_type` in the spec. Values this version does not know decode as\n[`RefreshTokenGrantGrantType::Unknown`]."]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RefreshTokenGrantGrantType {
    #[doc = "`refresh_token`"]
    RefreshToken,
    /// A value this version of the client does not know, as sent
    /// (never one of the values above).
    Unknown(crate::UnknownValue),
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for RefreshTokenGrantGrantType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "RefreshTokenGrantGrantType".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "`refresh_token`.\n\n`RefreshTokenGrant.grant_type` in the spec. Values this version does not know decode as\n[`RefreshTokenGrantGrantType::Unknown`].",
            "examples": ["refresh_token"],
        })
    }
}

impl RefreshTokenGrantGrantType {
    /// The values the spec documents.
    pub const KNOWN: &'static [&'static str] = &["refresh_token"];

    /// The value as Zendesk sends it.
    pub fn as_str(&self) -> &str {
        match self {
            RefreshTokenGrantGrantType::RefreshToken => "refresh_token",
            RefreshTokenGrantGrantType::Unknown(other) => other.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, RefreshTokenGrantGrantType::Unknown(_))
    }
}

impl ::std::convert::From<&str> for RefreshTokenGrantGrantType {
    fn from(value: &str) -> Self {
        match value {
            "refresh_token" => RefreshTokenGrantGrantType::RefreshToken,
            other => RefreshTokenGrantGrantType::Unknown(crate::UnknownValue::new(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for RefreshTokenGrantGrantType {
    fn from(value: ::std::string::String) -> Self {
        RefreshTokenGrantGrantType::from(value.as_str())
    }
}

impl ::std::str::FromStr for RefreshTokenGrantGrantType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(RefreshTokenGrantGrantType::from(value))
    }
}

impl ::std::convert::From<&::std::string::String> for RefreshTokenGrantGrantType {
    fn from(value: &::std::string::String) -> Self {
        RefreshTokenGrantGrantType::from(value.as_str())
    }
}

impl ::std::fmt::Display for RefreshTokenGrantGrantType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for RefreshTokenGrantGrantType {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for RefreshTokenGrantGrantType {
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
        ::std::string::String::deserialize(deserializer).map(RefreshTokenGrantGrantType::from)
    }
}

#[doc = "The priority.\n\n`Ticket.priority` in the spec. Values this version does not know decode as\n[`TicketPriority::Unknown`]."]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TicketPriority {
    #[doc = "`urgent`"]
    Urgent,
    #[doc = "`high`"]
    High,
    #[doc = "`normal`"]
    Normal,
    #[doc = "`low`"]
    Low,
    /// A value this version of the client does not know, as sent
    /// (never one of the values above).
    Unknown(crate::UnknownValue),
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for TicketPriority {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "TicketPriority".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The priority.\n\n`Ticket.priority` in the spec. Values this version does not know decode as\n[`TicketPriority::Unknown`].",
            "examples": ["urgent", "high", "normal", "low"],
        })
    }
}

impl TicketPriority {
    /// The values the spec documents.
    pub const KNOWN: &'static [&'static str] = &["urgent", "high", "normal", "low"];

    /// The value as Zendesk sends it.
    pub fn as_str(&self) -> &str {
        match self {
            TicketPriority::Urgent => "urgent",
            TicketPriority::High => "high",
            TicketPriority::Normal => "normal",
            TicketPriority::Low => "low",
            TicketPriority::Unknown(other) => other.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, TicketPriority::Unknown(_))
    }
}

impl ::std::convert::From<&str> for TicketPriority {
    fn from(value: &str) -> Self {
        match value {
            "urgent" => TicketPriority::Urgent,
            "high" => TicketPriority::High,
            "normal" => TicketPriority::Normal,
            "low" => TicketPriority::Low,
            other => TicketPriority::Unknown(crate::UnknownValue::new(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for TicketPriority {
    fn from(value: ::std::string::String) -> Self {
        TicketPriority::from(value.as_str())
    }
}

impl ::std::str::FromStr for TicketPriority {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(TicketPriority::from(value))
    }
}

impl ::std::convert::From<&::std::string::String> for TicketPriority {
    fn from(value: &::std::string::String) -> Self {
        TicketPriority::from(value.as_str())
    }
}

impl ::std::fmt::Display for TicketPriority {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for TicketPriority {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for TicketPriority {
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
        ::std::string::String::deserialize(deserializer).map(TicketPriority::from)
    }
}

#[doc = "The state of the ticket. With custom ticket statuses this is the\nstatus's category (`custom_status_id` names the status).\n\n**Deviation from Zendesk's docs:** the docs list `new`, `open`,\n`pending`, `hold`, `solved` and `closed`. A soft-deleted ticket\nhas `deleted`, as Zendesk's incremental ticket export serves it\n(sample `schemas/Ticket/deleted-in-incremental-export.json`).\nEvidence: other clients' readers failed on live accounts and\nadded the value (cloudbees-oss/zendesk-java-client pull request\n#53, 2015: \"Can not construct instance of … Status from String\nvalue 'deleted'\", with Zendesk's support confirming the value is\nnormal; justeat/ZendeskApiClient pull request #135), and scripts\npick soft-deleted tickets out of the export by it\n(kristovatlas/zendesk-scripts, `find_visible_deleted_tickets.py`).\nNot a closed list: read unknown values as data.\n\n`Ticket.status` in the spec. Values this version does not know decode as\n[`TicketStatus::Unknown`]."]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TicketStatus {
    #[doc = "`new`"]
    New,
    #[doc = "`open`"]
    Open,
    #[doc = "`pending`"]
    Pending,
    #[doc = "`hold`"]
    Hold,
    #[doc = "`solved`"]
    Solved,
    #[doc = "`closed`"]
    Closed,
    #[doc = "`deleted`"]
    Deleted,
    /// A value this version of the client does not know, as sent
    /// (never one of the values above).
    Unknown(crate::UnknownValue),
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for TicketStatus {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "TicketStatus".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The state of the ticket. With custom ticket statuses this is the\nstatus's category (`custom_status_id` names the status).\n\n**Deviation from Zendesk's docs:** the docs list `new`, `open`,\n`pending`, `hold`, `solved` and `closed`. A soft-deleted ticket\nhas `deleted`, as Zendesk's incremental ticket export serves it\n(sample `schemas/Ticket/deleted-in-incremental-export.json`).\nEvidence: other clients' readers failed on live accounts and\nadded the value (cloudbees-oss/zendesk-java-client pull request\n#53, 2015: \"Can not construct instance of … Status from String\nvalue 'deleted'\", with Zendesk's support confirming the value is\nnormal; justeat/ZendeskApiClient pull request #135), and scripts\npick soft-deleted tickets out of the export by it\n(kristovatlas/zendesk-scripts, `find_visible_deleted_tickets.py`).\nNot a closed list: read unknown values as data.\n\n`Ticket.status` in the spec. Values this version does not know decode as\n[`TicketStatus::Unknown`].",
            "examples": ["new", "open", "pending", "hold", "solved", "closed", "deleted"],
        })
    }
}

impl TicketStatus {
    /// The values the spec documents.
    pub const KNOWN: &'static [&'static str] = &["new", "open", "pending", "hold", "solved", "closed", "deleted"];

    /// The value as Zendesk sends it.
    pub fn as_str(&self) -> &str {
        match self {
            TicketStatus::New => "new",
            TicketStatus::Open => "open",
            TicketStatus::Pending => "pending",
            TicketStatus::Hold => "hold",
            TicketStatus::Solved => "solved",
            TicketStatus::Closed => "closed",
            TicketStatus::Deleted => "deleted",
            TicketStatus::Unknown(other) => other.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, TicketStatus::Unknown(_))
    }
}

impl ::std::convert::From<&str> for TicketStatus {
    fn from(value: &str) -> Self {
        match value {
            "new" => TicketStatus::New,
            "open" => TicketStatus::Open,
            "pending" => TicketStatus::Pending,
            "hold" => TicketStatus::Hold,
            "solved" => TicketStatus::Solved,
            "closed" => TicketStatus::Closed,
            "deleted" => TicketStatus::Deleted,
            other => TicketStatus::Unknown(crate::UnknownValue::new(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for TicketStatus {
    fn from(value: ::std::string::String) -> Self {
        TicketStatus::from(value.as_str())
    }
}

impl ::std::str::FromStr for TicketStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(TicketStatus::from(value))
    }
}

impl ::std::convert::From<&::std::string::String> for TicketStatus {
    fn from(value: &::std::string::String) -> Self {
        TicketStatus::from(value.as_str())
    }
}

impl ::std::fmt::Display for TicketStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for TicketStatus {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for TicketStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
        ::std::string::String::deserialize(deserializer).map(TicketStatus::from)
    }
}

#[doc = "The ticket type.\n\n`Ticket.type` in the spec. Values this version does not know decode as\n[`TicketType::Unknown`]."]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TicketType {
    #[doc = "`problem`"]
    Problem,
    #[doc = "`incident`"]
    Incident,
    #[doc = "`question`"]
    Question,
    #[doc = "`task`"]
    Task,
    /// A value this version of the client does not know, as sent
    /// (never one of the values above).
    Unknown(crate::UnknownValue),
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for TicketType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "TicketType".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The ticket type.\n\n`Ticket.type` in the spec. Values this version does not know decode as\n[`TicketType::Unknown`].",
            "examples": ["problem", "incident", "question", "task"],
        })
    }
}

impl TicketType {
    /// The values the spec documents.
    pub const KNOWN: &'static [&'static str] = &["problem", "incident", "question", "task"];

    /// The value as Zendesk sends it.
    pub fn as_str(&self) -> &str {
        match self {
            TicketType::Problem => "problem",
            TicketType::Incident => "incident",
            TicketType::Question => "question",
            TicketType::Task => "task",
            TicketType::Unknown(other) => other.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, TicketType::Unknown(_))
    }
}

impl ::std::convert::From<&str> for TicketType {
    fn from(value: &str) -> Self {
        match value {
            "problem" => TicketType::Problem,
            "incident" => TicketType::Incident,
            "question" => TicketType::Question,
            "task" => TicketType::Task,
            other => TicketType::Unknown(crate::UnknownValue::new(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for TicketType {
    fn from(value: ::std::string::String) -> Self {
        TicketType::from(value.as_str())
    }
}

impl ::std::str::FromStr for TicketType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(TicketType::from(value))
    }
}

impl ::std::convert::From<&::std::string::String> for TicketType {
    fn from(value: &::std::string::String) -> Self {
        TicketType::from(value.as_str())
    }
}

impl ::std::fmt::Display for TicketType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for TicketType {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for TicketType {
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
        ::std::string::String::deserialize(deserializer).map(TicketType::from)
    }
}

#[doc = "The user's role. Erasure tools should refuse agents and admins unless told otherwise.\n\n`User.role` in the spec. Values this version does not know decode as\n[`UserRole::Unknown`]."]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UserRole {
    #[doc = "`end-user`"]
    EndUser,
    #[doc = "`agent`"]
    Agent,
    #[doc = "`admin`"]
    Admin,
    /// A value this version of the client does not know, as sent
    /// (never one of the values above).
    Unknown(crate::UnknownValue),
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for UserRole {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "UserRole".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The user's role. Erasure tools should refuse agents and admins unless told otherwise.\n\n`User.role` in the spec. Values this version does not know decode as\n[`UserRole::Unknown`].",
            "examples": ["end-user", "agent", "admin"],
        })
    }
}

impl UserRole {
    /// The values the spec documents.
    pub const KNOWN: &'static [&'static str] = &["end-user", "agent", "admin"];

    /// The value as Zendesk sends it.
    pub fn as_str(&self) -> &str {
        match self {
            UserRole::EndUser => "end-user",
            UserRole::Agent => "agent",
            UserRole::Admin => "admin",
            UserRole::Unknown(other) => other.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, UserRole::Unknown(_))
    }
}

impl ::std::convert::From<&str> for UserRole {
    fn from(value: &str) -> Self {
        match value {
            "end-user" => UserRole::EndUser,
            "agent" => UserRole::Agent,
            "admin" => UserRole::Admin,
            other => UserRole::Unknown(crate::UnknownValue::new(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for UserRole {
    fn from(value: ::std::string::String) -> Self {
        UserRole::from(value.as_str())
    }
}

impl ::std::str::FromStr for UserRole {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(UserRole::from(value))
    }
}

impl ::std::convert::From<&::std::string::String> for UserRole {
    fn from(value: &::std::string::String) -> Self {
        UserRole::from(value.as_str())
    }
}

impl ::std::fmt::Display for UserRole {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for UserRole {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for UserRole {
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
        ::std::string::String::deserialize(deserializer).map(UserRole::from)
    }
}

