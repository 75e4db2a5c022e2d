// @generated from spec/openapi.yaml by build.rs (build/generator.rs): do not edit; `cargo xtask generate` writes it.
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**Seconds the access token is valid: more than 300 and less than
172,800 (and less than `refresh_token_expires_in`). Zendesk's answer
says `expires_in` only when the request sends it.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct AccessTokenLifetime(pub i64);
    impl ::std::ops::Deref for AccessTokenLifetime {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<AccessTokenLifetime> for i64 {
        fn from(value: AccessTokenLifetime) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for AccessTokenLifetime {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for AccessTokenLifetime {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for AccessTokenLifetime {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for AccessTokenLifetime {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for AccessTokenLifetime {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///A file attached to a ticket comment or a suspended email.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Attachment {
        ///The file's MIME type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content_type: ::std::option::Option<::std::string::String>,
        ///Where the file can be downloaded. May be on another host; it needs no API credentials.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content_url: ::std::option::Option<::std::string::String>,
        ///The name of the file.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///The attachment id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///Whether the file is shown inline in the comment rather than listed as an attachment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inline: ::std::option::Option<bool>,
        ///The size in bytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<i64>,
        ///Thumbnails of images; empty for other files.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub thumbnails: ::std::vec::Vec<Thumbnail>,
        ///The API URL of the attachment record.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl Attachment {
        pub fn builder() -> builder::Attachment {
            Default::default()
        }
    }
    /**The authorization code grant: the code Zendesk's authorization page
sent to the redirect URI. With PKCE, `code_verifier` and no
`client_secret`; a confidential client without PKCE sends its secret.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AuthorizationCodeGrant {
        pub client_id: OAuthClientIdentifier,
        ///The OAuth client's secret (not needed with PKCE).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_secret: ::std::option::Option<::std::string::String>,
        ///The authorization code from the redirect (valid 120 seconds, once).
        pub code: ::std::string::String,
        ///The PKCE verifier (43 to 128 characters) whose S256 challenge the authorization request carried.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code_verifier: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in: ::std::option::Option<AccessTokenLifetime>,
        pub grant_type: crate::types::AuthorizationCodeGrantGrantType,
        ///The redirect URI of the authorization request, again (for identification only).
        pub redirect_uri: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refresh_token_expires_in: ::std::option::Option<RefreshTokenLifetime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<OAuthScope>,
    }
    impl AuthorizationCodeGrant {
        pub fn builder() -> builder::AuthorizationCodeGrant {
            Default::default()
        }
    }
    /**The user to make the requester of every recovered ticket, by id or by
email address. Without it each sender stays the requester.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct BulkRecoverAuthor {
        ///The user's email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///The user's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
    }
    impl BulkRecoverAuthor {
        pub fn builder() -> builder::BulkRecoverAuthor {
            Default::default()
        }
    }
    ///Options of a bulk recovery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct BulkRecoverRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub author: ::std::option::Option<BulkRecoverAuthor>,
    }
    impl BulkRecoverRequest {
        pub fn builder() -> builder::BulkRecoverRequest {
            Default::default()
        }
    }
    ///`BulkRecoverSuspendedTicketsIds`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct BulkRecoverSuspendedTicketsIds(::std::string::String);
    impl ::std::ops::Deref for BulkRecoverSuspendedTicketsIds {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BulkRecoverSuspendedTicketsIds> for ::std::string::String {
        fn from(value: BulkRecoverSuspendedTicketsIds) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BulkRecoverSuspendedTicketsIds {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new("^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$")
                    .unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BulkRecoverSuspendedTicketsIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BulkRecoverSuspendedTicketsIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BulkRecoverSuspendedTicketsIds {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The client credentials grant: a confidential OAuth client's identifier
and secret. The token acts as the admin who created the client; no
refresh token comes with it.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ClientCredentialsGrant {
        pub client_id: OAuthClientIdentifier,
        ///The OAuth client's secret (Admin Center shows it once, when the client is created).
        pub client_secret: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in: ::std::option::Option<AccessTokenLifetime>,
        pub grant_type: crate::types::ClientCredentialsGrantGrantType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<OAuthScope>,
    }
    impl ClientCredentialsGrant {
        pub fn builder() -> builder::ClientCredentialsGrant {
            Default::default()
        }
    }
    ///Ready-made URLs of the neighbouring pages.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CursorLinks {
        ///The URL of the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        ///The URL of the previous page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prev: ::std::option::Option<::std::string::String>,
    }
    impl CursorLinks {
        pub fn builder() -> builder::CursorLinks {
            Default::default()
        }
    }
    ///Cursor pagination state of a page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CursorMeta {
        ///Pass as `page[after]` for the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub after_cursor: ::std::option::Option<::std::string::String>,
        ///Pass as `page[before]` for the previous page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub before_cursor: ::std::option::Option<::std::string::String>,
        ///Whether another page follows.
        pub has_more: bool,
    }
    impl CursorMeta {
        pub fn builder() -> builder::CursorMeta {
            Default::default()
        }
    }
    ///The value of one custom ticket field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CustomFieldValue {
        ///The custom field's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///The value; any JSON value (a string, number, boolean, list of strings, or `null`), depending on the field type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::serde_json::Value>,
    }
    impl CustomFieldValue {
        pub fn builder() -> builder::CustomFieldValue {
            Default::default()
        }
    }
    ///`DeleteSuspendedTicketsIds`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct DeleteSuspendedTicketsIds(::std::string::String);
    impl ::std::ops::Deref for DeleteSuspendedTicketsIds {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteSuspendedTicketsIds> for ::std::string::String {
        fn from(value: DeleteSuspendedTicketsIds) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteSuspendedTicketsIds {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new("^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$")
                    .unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteSuspendedTicketsIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteSuspendedTicketsIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteSuspendedTicketsIds {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteTicketsIds`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct DeleteTicketsIds(::std::string::String);
    impl ::std::ops::Deref for DeleteTicketsIds {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteTicketsIds> for ::std::string::String {
        fn from(value: DeleteTicketsIds) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteTicketsIds {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new("^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$")
                    .unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteTicketsIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteTicketsIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteTicketsIds {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteTicketsPermanentlyIds`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct DeleteTicketsPermanentlyIds(::std::string::String);
    impl ::std::ops::Deref for DeleteTicketsPermanentlyIds {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteTicketsPermanentlyIds> for ::std::string::String {
        fn from(value: DeleteTicketsPermanentlyIds) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteTicketsPermanentlyIds {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new("^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$")
                    .unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteTicketsPermanentlyIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteTicketsPermanentlyIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteTicketsPermanentlyIds {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**A soft-deleted ticket.

**Deviation from Zendesk's docs:** the docs' example gives
`deleted_at` as `20140704T15:37:04Z`, ISO 8601's basic date with an
extended time. Every timestamp in the live recordings we hold (30
bodies from three projects, none of this endpoint) is RFC 3339
(`2014-07-04T15:37:04Z`), and so is every other example of Zendesk's,
so this spec says `format: date-time` (RFC 3339). No recording of this
list exists to settle it: a reader should also take the basic form
(the Rust client reads both, and so does not lose the record).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DeletedTicket {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub actor: ::std::option::Option<DeletedTicketActor>,
        ///When the ticket was deleted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub deleted_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The ticket's first comment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The ticket id.
        pub id: i64,
        ///The ticket's status before it was deleted (`new`, `open`, `pending`, `hold`, `solved` or `closed`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_state: ::std::option::Option<::std::string::String>,
        ///The ticket's subject.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subject: ::std::option::Option<::std::string::String>,
    }
    impl DeletedTicket {
        pub fn builder() -> builder::DeletedTicket {
            Default::default()
        }
    }
    ///The user who deleted a ticket.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DeletedTicketActor {
        ///The user's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///The user's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl DeletedTicketActor {
        pub fn builder() -> builder::DeletedTicketActor {
            Default::default()
        }
    }
    ///A page of soft-deleted tickets.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DeletedTicketsPage {
        ///Offset pagination only — the total number of records.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        ///The deleted tickets of this page.
        pub deleted_tickets: ::std::vec::Vec<DeletedTicket>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<CursorLinks>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<CursorMeta>,
        ///Offset pagination only (no `page[size]` sent) — the URL of the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        ///Offset pagination only — the URL of the previous page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page: ::std::option::Option<::std::string::String>,
    }
    impl DeletedTicketsPage {
        pub fn builder() -> builder::DeletedTicketsPage {
            Default::default()
        }
    }
    /**A deleted user. Until it is permanently deleted it holds the user's
data; afterwards `name` is `Permanently Deleted User` and the personal
properties are `null`.

**Deviation from Zendesk's docs:** Zendesk's document requires every
property listed here. Only `id` is required here: no recording of a
deleted user is public to show that the others are always sent, and
a reader that needs only the id should not lose a record for less.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DeletedUser {
        ///Always `false` for a deleted user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///When the user was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The user's email address; `null` once permanently deleted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///The user's id.
        pub id: i64,
        ///The user's locale.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale: ::std::option::Option<::std::string::String>,
        ///The user's language, as Zendesk's id for it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale_id: ::std::option::Option<i64>,
        ///The user's name, or `Permanently Deleted User`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The user's default organization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub organization_id: ::std::option::Option<i64>,
        ///The user's phone number; `null` once permanently deleted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///The user's profile picture (an attachment); `null` without one. Personal data.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub photo: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<crate::types::DeletedUserRole>,
        /**Whether the phone number is shared with other users.

**Deviation from Zendesk's docs:** Zendesk's document types it
as a string here and as a boolean on a user, the record this one
keeps. No recording of a deleted user shows a value other than
`null`; this spec types it as the user's field.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared_phone_number: ::std::option::Option<bool>,
        ///The user's time zone.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub time_zone: ::std::option::Option<::std::string::String>,
        ///When the user last changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The API URL of this deleted user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl DeletedUser {
        pub fn builder() -> builder::DeletedUser {
            Default::default()
        }
    }
    ///One deleted user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DeletedUserResponse {
        pub deleted_user: DeletedUser,
    }
    impl DeletedUserResponse {
        pub fn builder() -> builder::DeletedUserResponse {
            Default::default()
        }
    }
    ///A page of deleted users.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DeletedUsersPage {
        ///Offset pagination only — the total number of records.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        ///The deleted users of this page.
        pub deleted_users: ::std::vec::Vec<DeletedUser>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<CursorLinks>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<CursorMeta>,
        ///Offset pagination only (no `page[size]` sent) — the URL of the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        ///Offset pagination only — the URL of the previous page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page: ::std::option::Option<::std::string::String>,
    }
    impl DeletedUsersPage {
        pub fn builder() -> builder::DeletedUsersPage {
            Default::default()
        }
    }
    /**The empty JSON object `{}`: Zendesk's answer where it has nothing to
say. Nothing in it is promised; read the status, not the body.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct EmptyObject(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for EmptyObject {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<EmptyObject>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: EmptyObject) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for EmptyObject {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    /**A Zendesk error. The shape varies by endpoint and error:
`{"error": "RecordNotFound", "description": "Not found"}`;
`{"error": "RecordInvalid", "description": "…", "details": {"field": [{"description": "…"}]}}`;
`{"error": "Couldn't authenticate you"}`;
`{"error": {"title": "…", "message": "…"}}`;
`{"errors": [{"code": "…", "title": "…"}]}`.
Some API-level errors are `text/plain` instead.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ErrorBody {
        ///The error in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Validation errors, per field.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub details: ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<ErrorDetail>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorCode>,
        /**The error in words, in OAuth's errors: a refused access token
answers `{"error": "invalid_token", "error_description": "…"}`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
        ///A list of errors (newer endpoints).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub errors: ::std::vec::Vec<ErrorItem>,
    }
    impl ErrorBody {
        pub fn builder() -> builder::ErrorBody {
            Default::default()
        }
    }
    ///A code such as `RecordNotFound`, a message, or an object with a title and a message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(untagged)]
    pub enum ErrorCode {
        String(::std::string::String),
        ErrorTitleMessage(ErrorTitleMessage),
    }
    impl ::std::convert::From<ErrorTitleMessage> for ErrorCode {
        fn from(value: ErrorTitleMessage) -> Self {
            Self::ErrorTitleMessage(value)
        }
    }
    ///One validation error of one field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ErrorDetail {
        ///The error in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///A code, for example `InvalidValue`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
    }
    impl ErrorDetail {
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
    }
    ///One error of an `errors` list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ErrorItem {
        ///A code, for example `TooManyValues`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The error in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
        ///The HTTP status, as a string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///A short title.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl ErrorItem {
        pub fn builder() -> builder::ErrorItem {
            Default::default()
        }
    }
    ///An error with a title and a message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ErrorTitleMessage {
        ///The error in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///A short title.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl ErrorTitleMessage {
        pub fn builder() -> builder::ErrorTitleMessage {
            Default::default()
        }
    }
    /**The state of a background job. `progress`, `total`, `message` and
`results` are `null` until the job has them.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct JobStatus {
        ///The job's id (a string, not a number).
        pub id: ::std::string::String,
        ///What kind of job it is, for example `TicketDeletionJob` or `BulkDeleteTickets`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_type: ::std::option::Option<::std::string::String>,
        ///A message from the job, for example when it completed or why it failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The number of items done so far.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub progress: ::std::option::Option<i64>,
        /**What the job did: a list with one result per item for bulk jobs, or
for a permanent deletion the object `{"success": true}`; `null`
while the job is queued or working.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub results: ::std::option::Option<JobStatusResults>,
        pub status: crate::types::JobStatusStatus,
        ///The number of items in the job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
        ///The API URL of this job status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl JobStatus {
        pub fn builder() -> builder::JobStatus {
            Default::default()
        }
    }
    ///The outcome of a job that concerns a single record.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct JobStatusOutcome {
        ///Whether the job succeeded.
        pub success: bool,
    }
    impl JobStatusOutcome {
        pub fn builder() -> builder::JobStatusOutcome {
            Default::default()
        }
    }
    ///One job status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct JobStatusResponse {
        pub job_status: JobStatus,
    }
    impl JobStatusResponse {
        pub fn builder() -> builder::JobStatusResponse {
            Default::default()
        }
    }
    ///The result of one item of a bulk job.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct JobStatusResult {
        /**The account the item belongs to. Live results carry it (zenpy's
recordings, `real/show_job_status/`); Zendesk's document does
not list it.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_id: ::std::option::Option<i64>,
        ///What was done, for example `delete`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub action: ::std::option::Option<::std::string::String>,
        ///Why the item failed, in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<::std::string::String>,
        ///Why the item failed, as a code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///The id of the record the item concerned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///The item's position in the request.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub index: ::std::option::Option<i64>,
        ///The item's status in words, for example `Deleted`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Whether the item succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl JobStatusResult {
        pub fn builder() -> builder::JobStatusResult {
            Default::default()
        }
    }
    ///`JobStatusResults`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(untagged)]
    pub enum JobStatusResults {
        Array(::std::vec::Vec<JobStatusResult>),
        JobStatusOutcome(JobStatusOutcome),
    }
    impl ::std::convert::From<::std::vec::Vec<JobStatusResult>> for JobStatusResults {
        fn from(value: ::std::vec::Vec<JobStatusResult>) -> Self {
            Self::Array(value)
        }
    }
    impl ::std::convert::From<JobStatusOutcome> for JobStatusResults {
        fn from(value: JobStatusOutcome) -> Self {
            Self::JobStatusOutcome(value)
        }
    }
    ///A page of job statuses.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct JobStatusesPage {
        ///Offset pagination only — the total number of records.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        ///The job statuses of this page.
        pub job_statuses: ::std::vec::Vec<JobStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<CursorLinks>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<CursorMeta>,
        ///Offset pagination only (no `page[size]` sent) — the URL of the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        ///Offset pagination only — the URL of the previous page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page: ::std::option::Option<::std::string::String>,
    }
    impl JobStatusesPage {
        pub fn builder() -> builder::JobStatusesPage {
            Default::default()
        }
    }
    ///Several job statuses.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct JobStatusesResponse {
        ///The job statuses.
        pub job_statuses: ::std::vec::Vec<JobStatus>,
    }
    impl JobStatusesResponse {
        pub fn builder() -> builder::JobStatusesResponse {
            Default::default()
        }
    }
    ///`ListCcdTicketsPageAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListCcdTicketsPageAfter(::std::string::String);
    impl ::std::ops::Deref for ListCcdTicketsPageAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListCcdTicketsPageAfter> for ::std::string::String {
        fn from(value: ListCcdTicketsPageAfter) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListCcdTicketsPageAfter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListCcdTicketsPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListCcdTicketsPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListCcdTicketsPageAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListCcdTicketsPageBefore`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListCcdTicketsPageBefore(::std::string::String);
    impl ::std::ops::Deref for ListCcdTicketsPageBefore {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListCcdTicketsPageBefore> for ::std::string::String {
        fn from(value: ListCcdTicketsPageBefore) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListCcdTicketsPageBefore {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListCcdTicketsPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListCcdTicketsPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListCcdTicketsPageBefore {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListDeletedTicketsPageAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListDeletedTicketsPageAfter(::std::string::String);
    impl ::std::ops::Deref for ListDeletedTicketsPageAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListDeletedTicketsPageAfter> for ::std::string::String {
        fn from(value: ListDeletedTicketsPageAfter) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListDeletedTicketsPageAfter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListDeletedTicketsPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListDeletedTicketsPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListDeletedTicketsPageAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListDeletedTicketsPageBefore`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListDeletedTicketsPageBefore(::std::string::String);
    impl ::std::ops::Deref for ListDeletedTicketsPageBefore {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListDeletedTicketsPageBefore> for ::std::string::String {
        fn from(value: ListDeletedTicketsPageBefore) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListDeletedTicketsPageBefore {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListDeletedTicketsPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListDeletedTicketsPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListDeletedTicketsPageBefore {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListDeletedTicketsSortBy`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ListDeletedTicketsSortBy {
        #[serde(rename = "id")]
        Id,
        #[serde(rename = "subject")]
        Subject,
        #[serde(rename = "deleted_at")]
        DeletedAt,
    }
    impl ::std::fmt::Display for ListDeletedTicketsSortBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Id => f.write_str("id"),
                Self::Subject => f.write_str("subject"),
                Self::DeletedAt => f.write_str("deleted_at"),
            }
        }
    }
    impl ::std::str::FromStr for ListDeletedTicketsSortBy {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "id" => Ok(Self::Id),
                "subject" => Ok(Self::Subject),
                "deleted_at" => Ok(Self::DeletedAt),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListDeletedTicketsSortBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListDeletedTicketsSortBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListDeletedTicketsSortOrder`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ListDeletedTicketsSortOrder {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
    }
    impl ::std::fmt::Display for ListDeletedTicketsSortOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("asc"),
                Self::Desc => f.write_str("desc"),
            }
        }
    }
    impl ::std::str::FromStr for ListDeletedTicketsSortOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "asc" => Ok(Self::Asc),
                "desc" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListDeletedTicketsSortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListDeletedTicketsSortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListDeletedUsersPageAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListDeletedUsersPageAfter(::std::string::String);
    impl ::std::ops::Deref for ListDeletedUsersPageAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListDeletedUsersPageAfter> for ::std::string::String {
        fn from(value: ListDeletedUsersPageAfter) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListDeletedUsersPageAfter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListDeletedUsersPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListDeletedUsersPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListDeletedUsersPageAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListDeletedUsersPageBefore`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListDeletedUsersPageBefore(::std::string::String);
    impl ::std::ops::Deref for ListDeletedUsersPageBefore {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListDeletedUsersPageBefore> for ::std::string::String {
        fn from(value: ListDeletedUsersPageBefore) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListDeletedUsersPageBefore {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListDeletedUsersPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListDeletedUsersPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListDeletedUsersPageBefore {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListJobStatusesPageAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListJobStatusesPageAfter(::std::string::String);
    impl ::std::ops::Deref for ListJobStatusesPageAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListJobStatusesPageAfter> for ::std::string::String {
        fn from(value: ListJobStatusesPageAfter) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListJobStatusesPageAfter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListJobStatusesPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListJobStatusesPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListJobStatusesPageAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListJobStatusesPageBefore`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListJobStatusesPageBefore(::std::string::String);
    impl ::std::ops::Deref for ListJobStatusesPageBefore {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListJobStatusesPageBefore> for ::std::string::String {
        fn from(value: ListJobStatusesPageBefore) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListJobStatusesPageBefore {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListJobStatusesPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListJobStatusesPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListJobStatusesPageBefore {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListRequestedTicketsPageAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListRequestedTicketsPageAfter(::std::string::String);
    impl ::std::ops::Deref for ListRequestedTicketsPageAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListRequestedTicketsPageAfter> for ::std::string::String {
        fn from(value: ListRequestedTicketsPageAfter) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListRequestedTicketsPageAfter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListRequestedTicketsPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListRequestedTicketsPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRequestedTicketsPageAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListRequestedTicketsPageBefore`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListRequestedTicketsPageBefore(::std::string::String);
    impl ::std::ops::Deref for ListRequestedTicketsPageBefore {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListRequestedTicketsPageBefore> for ::std::string::String {
        fn from(value: ListRequestedTicketsPageBefore) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListRequestedTicketsPageBefore {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListRequestedTicketsPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListRequestedTicketsPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRequestedTicketsPageBefore {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListSuspendedTicketsPageAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListSuspendedTicketsPageAfter(::std::string::String);
    impl ::std::ops::Deref for ListSuspendedTicketsPageAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListSuspendedTicketsPageAfter> for ::std::string::String {
        fn from(value: ListSuspendedTicketsPageAfter) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListSuspendedTicketsPageAfter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListSuspendedTicketsPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListSuspendedTicketsPageAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListSuspendedTicketsPageAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListSuspendedTicketsPageBefore`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ListSuspendedTicketsPageBefore(::std::string::String);
    impl ::std::ops::Deref for ListSuspendedTicketsPageBefore {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListSuspendedTicketsPageBefore> for ::std::string::String {
        fn from(value: ListSuspendedTicketsPageBefore) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListSuspendedTicketsPageBefore {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListSuspendedTicketsPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListSuspendedTicketsPageBefore {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListSuspendedTicketsPageBefore {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListSuspendedTicketsSortBy`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ListSuspendedTicketsSortBy {
        #[serde(rename = "author_email")]
        AuthorEmail,
        #[serde(rename = "cause")]
        Cause,
        #[serde(rename = "created_at")]
        CreatedAt,
        #[serde(rename = "subject")]
        Subject,
    }
    impl ::std::fmt::Display for ListSuspendedTicketsSortBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::AuthorEmail => f.write_str("author_email"),
                Self::Cause => f.write_str("cause"),
                Self::CreatedAt => f.write_str("created_at"),
                Self::Subject => f.write_str("subject"),
            }
        }
    }
    impl ::std::str::FromStr for ListSuspendedTicketsSortBy {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "author_email" => Ok(Self::AuthorEmail),
                "cause" => Ok(Self::Cause),
                "created_at" => Ok(Self::CreatedAt),
                "subject" => Ok(Self::Subject),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListSuspendedTicketsSortBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListSuspendedTicketsSortBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListSuspendedTicketsSortOrder`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ListSuspendedTicketsSortOrder {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
    }
    impl ::std::fmt::Display for ListSuspendedTicketsSortOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("asc"),
                Self::Desc => f.write_str("desc"),
            }
        }
    }
    impl ::std::str::FromStr for ListSuspendedTicketsSortOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "asc" => Ok(Self::Asc),
                "desc" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListSuspendedTicketsSortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListSuspendedTicketsSortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`MarkTicketsAsSpamIds`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct MarkTicketsAsSpamIds(::std::string::String);
    impl ::std::ops::Deref for MarkTicketsAsSpamIds {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MarkTicketsAsSpamIds> for ::std::string::String {
        fn from(value: MarkTicketsAsSpamIds) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MarkTicketsAsSpamIds {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new("^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$")
                    .unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MarkTicketsAsSpamIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MarkTicketsAsSpamIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MarkTicketsAsSpamIds {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The OAuth client's **unique identifier** (Admin Center > Apps and
integrations > APIs > OAuth clients), not its numeric id.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct OAuthClientIdentifier(pub ::std::string::String);
    impl ::std::ops::Deref for OAuthClientIdentifier {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OAuthClientIdentifier> for ::std::string::String {
        fn from(value: OAuthClientIdentifier) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for OAuthClientIdentifier {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for OAuthClientIdentifier {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for OAuthClientIdentifier {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///An OAuth 2.0 error (RFC 6749 §5.2).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct OAuthError {
        ///`invalid_client`, `invalid_grant`, `invalid_request`, `invalid_scope`, `unauthorized_client` or `unsupported_grant_type`.
        pub error: ::std::string::String,
        ///The error in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
    }
    impl OAuthError {
        pub fn builder() -> builder::OAuthError {
            Default::default()
        }
    }
    /**Scopes, space-separated: `read`, `write`, `impersonate`, or resource
scopes such as `tickets:read` (see `oauth2` in the security schemes).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct OAuthScope(pub ::std::string::String);
    impl ::std::ops::Deref for OAuthScope {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OAuthScope> for ::std::string::String {
        fn from(value: OAuthScope) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for OAuthScope {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for OAuthScope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for OAuthScope {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    /**An OAuth access token as Zendesk shows it: never the whole token (its
first 10 characters) and never the whole refresh token.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct OAuthToken {
        ///The numeric id of the OAuth client it belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<i64>,
        ///When the token was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///When the token expires; `null` for a token that does not.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The token's id.
        pub id: i64,
        ///The start of the refresh token, if one was granted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refresh_token: ::std::option::Option<::std::string::String>,
        ///When the refresh token expires.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub refresh_token_expires_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The token's scopes, one per item.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        ///The first 10 characters of the access token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::std::string::String>,
        ///The token's API URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        ///The last time the token authenticated a request.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub used_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The user the token acts as (for client credentials, the admin who created the client).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<i64>,
    }
    impl OAuthToken {
        pub fn builder() -> builder::OAuthToken {
            Default::default()
        }
    }
    ///One OAuth token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct OAuthTokenResponse {
        pub token: OAuthToken,
    }
    impl OAuthTokenResponse {
        pub fn builder() -> builder::OAuthTokenResponse {
            Default::default()
        }
    }
    ///The suspended ticket that could not be recovered.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RecoverSuspendedTicketFailure {
        ///The suspended ticket that failed (one element); its `cause` says why.
        pub ticket: ::std::vec::Vec<SuspendedTicket>,
    }
    impl RecoverSuspendedTicketFailure {
        pub fn builder() -> builder::RecoverSuspendedTicketFailure {
            Default::default()
        }
    }
    /**Either the suspended tickets that could not be recovered, or a Zendesk
error body when the request itself was refused. The branches are
disjoint: the first requires `suspended_tickets`, the second `error`
(a bare `ErrorBody` requires nothing, so it would match a failure list
too and make the `oneOf` ambiguous).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(untagged)]
    pub enum RecoverSuspendedTicketsFailure {
        SuspendedTicketsNotRecovered(SuspendedTicketsNotRecovered),
        RequestRefused(RequestRefused),
    }
    impl ::std::convert::From<SuspendedTicketsNotRecovered>
    for RecoverSuspendedTicketsFailure {
        fn from(value: SuspendedTicketsNotRecovered) -> Self {
            Self::SuspendedTicketsNotRecovered(value)
        }
    }
    impl ::std::convert::From<RequestRefused> for RecoverSuspendedTicketsFailure {
        fn from(value: RequestRefused) -> Self {
            Self::RequestRefused(value)
        }
    }
    ///`RecoverSuspendedTicketsIds`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct RecoverSuspendedTicketsIds(::std::string::String);
    impl ::std::ops::Deref for RecoverSuspendedTicketsIds {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RecoverSuspendedTicketsIds> for ::std::string::String {
        fn from(value: RecoverSuspendedTicketsIds) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RecoverSuspendedTicketsIds {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new("^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$")
                    .unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RecoverSuspendedTicketsIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RecoverSuspendedTicketsIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RecoverSuspendedTicketsIds {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The ticket made by recovering one suspended ticket.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RecoveredTicketResponse {
        ///The recovered ticket (one element).
        pub ticket: ::std::vec::Vec<Ticket>,
    }
    impl RecoveredTicketResponse {
        pub fn builder() -> builder::RecoveredTicketResponse {
            Default::default()
        }
    }
    ///The tickets made by recovering suspended tickets.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RecoveredTicketsResponse {
        ///One ticket per recovered suspended ticket.
        pub tickets: ::std::vec::Vec<Ticket>,
    }
    impl RecoveredTicketsResponse {
        pub fn builder() -> builder::RecoveredTicketsResponse {
            Default::default()
        }
    }
    /**The refresh token grant: answers a new access token and a new
refresh token, and invalidates both old ones at once.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct RefreshTokenGrant {
        pub client_id: OAuthClientIdentifier,
        ///The OAuth client's secret (not needed for a public client, which used PKCE).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_secret: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in: ::std::option::Option<AccessTokenLifetime>,
        pub grant_type: crate::types::RefreshTokenGrantGrantType,
        ///The refresh token of the last grant.
        pub refresh_token: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refresh_token_expires_in: ::std::option::Option<RefreshTokenLifetime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<OAuthScope>,
    }
    impl RefreshTokenGrant {
        pub fn builder() -> builder::RefreshTokenGrant {
            Default::default()
        }
    }
    ///Seconds the refresh token is valid, from 604,800 (7 days) to 7,776,000 (90 days); 2,592,000 (30 days) by default.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct RefreshTokenLifetime(pub i64);
    impl ::std::ops::Deref for RefreshTokenLifetime {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<RefreshTokenLifetime> for i64 {
        fn from(value: RefreshTokenLifetime) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for RefreshTokenLifetime {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for RefreshTokenLifetime {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for RefreshTokenLifetime {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for RefreshTokenLifetime {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for RefreshTokenLifetime {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///A Zendesk error body that names its error, as every refusal of a request does.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RequestRefused {
        ///The error in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Validation errors, per field.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub details: ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<ErrorDetail>,
        >,
        pub error: ErrorCode,
        /**The error in words, in OAuth's errors: a refused access token
answers `{"error": "invalid_token", "error_description": "…"}`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
        ///A list of errors (newer endpoints).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub errors: ::std::vec::Vec<ErrorItem>,
    }
    impl RequestRefused {
        pub fn builder() -> builder::RequestRefused {
            Default::default()
        }
    }
    ///`RestoreDeletedTicketsIds`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct RestoreDeletedTicketsIds(::std::string::String);
    impl ::std::ops::Deref for RestoreDeletedTicketsIds {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RestoreDeletedTicketsIds> for ::std::string::String {
        fn from(value: RestoreDeletedTicketsIds) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RestoreDeletedTicketsIds {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new("^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$")
                    .unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RestoreDeletedTicketsIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RestoreDeletedTicketsIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RestoreDeletedTicketsIds {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A requester's satisfaction rating of a ticket.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct SatisfactionRating {
        ///The requester's comment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment: ::std::option::Option<::std::string::String>,
        ///The rating's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///The score, for example `offered`, `unoffered`, `good`, `bad`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<::std::string::String>,
    }
    impl SatisfactionRating {
        pub fn builder() -> builder::SatisfactionRating {
            Default::default()
        }
    }
    ///`SearchUsersExternalId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct SearchUsersExternalId(::std::string::String);
    impl ::std::ops::Deref for SearchUsersExternalId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SearchUsersExternalId> for ::std::string::String {
        fn from(value: SearchUsersExternalId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SearchUsersExternalId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchUsersExternalId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchUsersExternalId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchUsersExternalId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`SearchUsersQuery`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct SearchUsersQuery(::std::string::String);
    impl ::std::ops::Deref for SearchUsersQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SearchUsersQuery> for ::std::string::String {
        fn from(value: SearchUsersQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SearchUsersQuery {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchUsersQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchUsersQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchUsersQuery {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ShowJobStatusesIds`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ShowJobStatusesIds(::std::string::String);
    impl ::std::ops::Deref for ShowJobStatusesIds {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ShowJobStatusesIds> for ::std::string::String {
        fn from(value: ShowJobStatusesIds) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ShowJobStatusesIds {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[^,]+(,[^,]+){0,99}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[^,]+(,[^,]+){0,99}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowJobStatusesIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ShowJobStatusesIds {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShowJobStatusesIds {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**An email that Zendesk held back instead of turning it into a ticket or
a comment. Every property is read-only.

**Deviation from Zendesk's docs:** the docs describe `created_at` as
"the ticket ID this suspended email is associated with" and
`updated_at` as "when the ticket was assigned"; both are timestamps, as
every sample shows. The docs type `id`, `brand_id`, `ticket_id` and the
path ids as `number`; they are 64-bit integers.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct SuspendedTicket {
        ///The email's attachments; `null` when there are none (Zendesk's document).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attachments: ::std::option::Option<::std::vec::Vec<Attachment>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub author: ::std::option::Option<SuspendedTicketAuthor>,
        ///The brand the email was sent to (Enterprise accounts).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub brand_id: ::std::option::Option<i64>,
        ///Why the email was suspended, in words (for example `Detected as spam`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cause: ::std::option::Option<::std::string::String>,
        /**Why the email was suspended, as a number that does not depend on
the account's language. Decide on this (or `cause_name`), never on
`cause`, which is text for people and may be localised. Zendesk's
published table ("Cause of suspension reference"):

| `cause_id` | `cause_name` | `cause` (English) |
|---|---|---|
| 0 | `spam` | Detected as spam |
| 1 | `not_on_whitelist` | Sender domain not on allowlist |
| 2 | `unverified` | Submitted by unverified user |
| 3 | `auto_mailer` | Automated response mail |
| 4 | `loop` | Detected as mail loop |
| 5 | `unknown_user_update` | Unknown user tried to update existing ticket |
| 6 | `other_user_update` | End user only allowed to update their own tickets |
| 7 | `auto_delivery_failure` | Automated response mail, delivery failed |
| 8 | `auto_vacation` | Automated response mail, out of office |
| 9 | `system_user` | Detected email as being from a system user |
| 10 | `unknown_author` | Permission denied for unknown email submitter |
| 11 | `blank` | Email has no content |
| 12 | `signup_required` | User must sign up to submit email, user notified |
| 13 | `blocklisted` | Email is from a blocklisted sender or domain |
| 14 | `backscatter` | Backscatter from remote mail server |
| 15 | `disabled` | Email integration disabled |
| 16 | `to_noreply` | Email for "noreply" address |
| 17 | `server_lock` | Received via unknown mail server |
| 18 | `unserviceable_account` | Emails do not get processed for expired accounts |

The table goes on past 18 and grows; Zendesk's own example of a
suspended ticket that cannot be recovered has `cause_id` 22
("Received from support address"). Treat an id not listed here
as a cause to leave for a person.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cause_id: ::std::option::Option<i64>,
        /**The suspension cause as a stable name, such as `spam`,
`not_on_whitelist` or `blocklisted` (see `cause_id` for the
table). Newer responses carry it; older ones have only
`cause_id`. Not a closed list: new causes appear.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cause_name: ::std::option::Option<::std::string::String>,
        ///The content that was flagged.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<::std::string::String>,
        ///When the email was suspended.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        /**Error messages about this suspended ticket, if any; often `null`.
Zendesk's document types the items as objects and describes no
properties of them; no recording shows a non-empty list. This
spec says what Zendesk documents; a reader should also take a
string item (the Rust client reads both), since what an item
holds is not documented.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_messages: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
        ///The suspended ticket's id, assigned automatically.
        pub id: i64,
        ///The `Message-ID` of the email, if available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_id: ::std::option::Option<::std::string::String>,
        ///The address the email was originally sent to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recipient: ::std::option::Option<::std::string::String>,
        ///The subject of the email.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subject: ::std::option::Option<::std::string::String>,
        ///The ticket this email would have added a comment to, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ticket_id: ::std::option::Option<i64>,
        ///When the suspended ticket last changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The API URL of this record.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub via: ::std::option::Option<Via>,
    }
    impl SuspendedTicket {
        pub fn builder() -> builder::SuspendedTicket {
            Default::default()
        }
    }
    ///The sender of a suspended email, as far as Zendesk knows it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct SuspendedTicketAuthor {
        ///The sender's email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///The user id, when the sender is a known user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///The sender's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl SuspendedTicketAuthor {
        pub fn builder() -> builder::SuspendedTicketAuthor {
            Default::default()
        }
    }
    ///A queued export of the suspended tickets.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct SuspendedTicketExport {
        ///The state of the export, `enqueued` when it was accepted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///What is exported; `suspended` for suspended tickets.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub view_id: ::std::option::Option<::std::string::String>,
    }
    impl SuspendedTicketExport {
        pub fn builder() -> builder::SuspendedTicketExport {
            Default::default()
        }
    }
    ///The queued export.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct SuspendedTicketExportResponse {
        pub export: SuspendedTicketExport,
    }
    impl SuspendedTicketExportResponse {
        pub fn builder() -> builder::SuspendedTicketExportResponse {
            Default::default()
        }
    }
    ///One suspended ticket.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct SuspendedTicketResponse {
        pub suspended_ticket: SuspendedTicket,
    }
    impl SuspendedTicketResponse {
        pub fn builder() -> builder::SuspendedTicketResponse {
            Default::default()
        }
    }
    ///The suspended tickets that could not be recovered; the others in the request were.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct SuspendedTicketsNotRecovered {
        ///The failures, each with its `cause`.
        pub suspended_tickets: ::std::vec::Vec<SuspendedTicket>,
    }
    impl SuspendedTicketsNotRecovered {
        pub fn builder() -> builder::SuspendedTicketsNotRecovered {
            Default::default()
        }
    }
    ///A page of suspended tickets.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct SuspendedTicketsPage {
        ///Offset pagination only — the total number of records.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<CursorLinks>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<CursorMeta>,
        ///Offset pagination only (no `page[size]` sent) — the URL of the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        ///Offset pagination only — the URL of the previous page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page: ::std::option::Option<::std::string::String>,
        ///The suspended tickets of this page.
        pub suspended_tickets: ::std::vec::Vec<SuspendedTicket>,
    }
    impl SuspendedTicketsPage {
        pub fn builder() -> builder::SuspendedTicketsPage {
            Default::default()
        }
    }
    ///A small image made from an image attachment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Thumbnail {
        ///The thumbnail's MIME type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content_type: ::std::option::Option<::std::string::String>,
        ///Where the thumbnail can be downloaded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content_url: ::std::option::Option<::std::string::String>,
        ///The name of the thumbnail file.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///The thumbnail id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///The size in bytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<i64>,
        ///The API URL of the thumbnail record.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl Thumbnail {
        pub fn builder() -> builder::Thumbnail {
            Default::default()
        }
    }
    ///A ticket. Only the properties moderation needs are typed strictly; every property is optional to read.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Ticket {
        ///Whether agents may add attachments to a comment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_attachments: ::std::option::Option<bool>,
        ///`false` when channelback is off; for tickets of the channels framework.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_channelback: ::std::option::Option<bool>,
        ///The agent the ticket is assigned to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assignee_id: ::std::option::Option<i64>,
        ///The brand the ticket belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub brand_id: ::std::option::Option<i64>,
        ///Users copied on the ticket.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub collaborator_ids: ::std::vec::Vec<i64>,
        ///When the ticket was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Values of the account's custom ticket fields.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub custom_fields: ::std::vec::Vec<CustomFieldValue>,
        ///The custom ticket status, when custom statuses are enabled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_status_id: ::std::option::Option<i64>,
        ///The first comment of the ticket.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///When a task ticket is due.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub due_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Users copied on email updates of the ticket.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub email_cc_ids: ::std::vec::Vec<i64>,
        ///An id from another system.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_id: ::std::option::Option<::std::string::String>,
        ///The same values as `custom_fields` (Zendesk sends both).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub fields: ::std::vec::Vec<CustomFieldValue>,
        ///Agents following the ticket.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub follower_ids: ::std::vec::Vec<i64>,
        ///The follow-up tickets made from this one (shown once it is closed).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub followup_ids: ::std::vec::Vec<i64>,
        ///The Web portal topic the ticket came from (the portal is retired; `null` in live records).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub forum_topic_id: ::std::option::Option<i64>,
        ///Whether the ticket came from a messaging channel.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_messaging_channel: ::std::option::Option<bool>,
        ///A Unix timestamp that changes whenever the ticket changes, for incremental exports.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub generated_timestamp: ::std::option::Option<i64>,
        ///The group the ticket is assigned to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_id: ::std::option::Option<i64>,
        ///Whether a problem ticket has incidents linked to it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_incidents: ::std::option::Option<bool>,
        ///The ticket id, assigned automatically.
        pub id: i64,
        ///Whether the ticket has a public comment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_public: ::std::option::Option<bool>,
        ///The requester's organization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub organization_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<crate::types::TicketPriority>,
        ///For an incident, the problem ticket it belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub problem_id: ::std::option::Option<i64>,
        ///The subject before dynamic content placeholders are rendered.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub raw_subject: ::std::option::Option<::std::string::String>,
        ///The address the original email was sent to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recipient: ::std::option::Option<::std::string::String>,
        ///The user who asked for help.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub requester_id: ::std::option::Option<i64>,
        /**The requester's satisfaction rating, when one was asked for; otherwise
`null` or absent. (OpenAPI 3.0.3 ignores `nullable` without a `type`
beside it, so `null` is its own branch here: a schema that matches
`null` only.)
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub satisfaction_rating: ::std::option::Option<SatisfactionRating>,
        ///Sharing agreements the ticket is shared through.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub sharing_agreement_ids: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::TicketStatus>,
        ///The subject.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subject: ::std::option::Option<::std::string::String>,
        ///The user who submitted the ticket.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub submitter_id: ::std::option::Option<i64>,
        ///The ticket's tags.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        ///The ticket form (Enterprise).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ticket_form_id: ::std::option::Option<i64>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::types::TicketType>,
        ///When the ticket last changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The API URL of this ticket.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub via: ::std::option::Option<Via>,
    }
    impl Ticket {
        pub fn builder() -> builder::Ticket {
            Default::default()
        }
    }
    ///One ticket.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct TicketResponse {
        pub ticket: Ticket,
    }
    impl TicketResponse {
        pub fn builder() -> builder::TicketResponse {
            Default::default()
        }
    }
    ///A page of tickets.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct TicketsPage {
        ///Offset pagination only — the total number of records.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<CursorLinks>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<CursorMeta>,
        ///Offset pagination only (no `page[size]` sent) — the URL of the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        ///Offset pagination only — the URL of the previous page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page: ::std::option::Option<::std::string::String>,
        ///The tickets of this page.
        pub tickets: ::std::vec::Vec<Ticket>,
    }
    impl TicketsPage {
        pub fn builder() -> builder::TicketsPage {
            Default::default()
        }
    }
    /**A request to the token endpoint: one of the three grants, told apart
by `grant_type`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(untagged)]
    pub enum TokenRequest {
        ClientCredentialsGrant(ClientCredentialsGrant),
        AuthorizationCodeGrant(AuthorizationCodeGrant),
        RefreshTokenGrant(RefreshTokenGrant),
    }
    impl ::std::convert::From<ClientCredentialsGrant> for TokenRequest {
        fn from(value: ClientCredentialsGrant) -> Self {
            Self::ClientCredentialsGrant(value)
        }
    }
    impl ::std::convert::From<AuthorizationCodeGrant> for TokenRequest {
        fn from(value: AuthorizationCodeGrant) -> Self {
            Self::AuthorizationCodeGrant(value)
        }
    }
    impl ::std::convert::From<RefreshTokenGrant> for TokenRequest {
        fn from(value: RefreshTokenGrant) -> Self {
            Self::RefreshTokenGrant(value)
        }
    }
    /**A token granted. `refresh_token` and `refresh_token_expires_in` come
with the authorization code and refresh grants only; `expires_in` is
absent from tokens that do not expire (and, integrators report, when
the request did not ask for a lifetime).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct TokenResponse {
        ///The access token, to send as `Authorization: Bearer {access_token}`. A secret.
        pub access_token: ::std::string::String,
        ///Seconds until the access token expires, counted from the answer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in: ::std::option::Option<i64>,
        ///A refresh token, for the refresh grant. A secret; it works once.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refresh_token: ::std::option::Option<::std::string::String>,
        ///Seconds until the refresh token expires.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refresh_token_expires_in: ::std::option::Option<i64>,
        ///The scopes granted, space-separated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<::std::string::String>,
        ///`bearer` (lowercase, in every example Zendesk gives).
        pub token_type: ::std::string::String,
    }
    impl TokenResponse {
        pub fn builder() -> builder::TokenResponse {
            Default::default()
        }
    }
    ///An upload token and the attachments it carries.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Upload {
        ///The attachments copied into this upload.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub attachments: ::std::vec::Vec<Attachment>,
        ///Pass this token when creating a ticket to attach the files.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::std::string::String>,
    }
    impl Upload {
        pub fn builder() -> builder::Upload {
            Default::default()
        }
    }
    ///An upload holding copies of a suspended ticket's attachments.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct UploadResponse {
        pub upload: Upload,
    }
    impl UploadResponse {
        pub fn builder() -> builder::UploadResponse {
            Default::default()
        }
    }
    /**A person known to the account: an end user, an agent or an admin.
The properties live user records carry (zendesk_api_client_rb's and
zenpy's recordings, `real/show_user/`, `real/delete_user/`,
`real/update_user/`). Personal data an erasure removes is in `name`,
`email`, `phone`, `alias`, `details`, `notes`, `signature`, `photo`,
`remote_photo_url`, `user_fields` and `external_id`.

**Deviation from Zendesk's docs:** Zendesk's document types `alias`,
`details`, `signature` and `default_group_id` without `null`; live
records have `null` in each.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct User {
        ///`false` once the user is deleted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///A name shown to end users instead of `name`. Personal data.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alias: ::std::option::Option<::std::string::String>,
        ///Whether the agent works in chat only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub chat_only: ::std::option::Option<bool>,
        ///When the user was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The agent's custom role (Enterprise).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_role_id: ::std::option::Option<i64>,
        ///The agent's default group.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_group_id: ::std::option::Option<i64>,
        ///Anything stored about the user, such as an address. Personal data.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<::std::string::String>,
        ///The user's primary email address; `null` for users without one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///An id from another system.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_id: ::std::option::Option<::std::string::String>,
        ///The user's time zone by its IANA name, for example `America/New_York`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iana_time_zone: ::std::option::Option<::std::string::String>,
        ///The user's id.
        pub id: i64,
        ///When the user last signed in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub last_login_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The user's locale, for example `en-US`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale: ::std::option::Option<::std::string::String>,
        ///The user's language, as Zendesk's id for it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale_id: ::std::option::Option<i64>,
        ///Whether the user moderates the community forums.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub moderator: ::std::option::Option<bool>,
        ///The user's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Notes about the user, for agents.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        ///Whether the user may only add private comments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub only_private_comments: ::std::option::Option<bool>,
        ///The user's default organization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub organization_id: ::std::option::Option<i64>,
        ///The user's primary phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///The user's profile picture (an attachment); `null` without one. Personal data.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub photo: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///A URL of the user's profile picture, when one was given that way (Zendesk's document; not in the recordings). Personal data.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remote_photo_url: ::std::option::Option<::std::string::String>,
        ///Inert (Zendesk's document says it has no effect); live records still carry it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub report_csv: ::std::option::Option<bool>,
        ///Whether the agent has restrictions; `false` for admins and unrestricted agents.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub restricted_agent: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<crate::types::UserRole>,
        ///The agent's role type (custom roles); `null` for end users.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role_type: ::std::option::Option<i64>,
        ///Whether the user comes from another account by ticket sharing.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared: ::std::option::Option<bool>,
        ///Whether the user is an agent of another account by ticket sharing.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared_agent: ::std::option::Option<bool>,
        ///Whether the phone number is shared with other users.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared_phone_number: ::std::option::Option<bool>,
        ///The agent's signature (agents and admins only). Personal data.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub signature: ::std::option::Option<::std::string::String>,
        ///Whether the user is suspended (cannot sign in; their mail is suspended).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub suspended: ::std::option::Option<bool>,
        ///The user's tags.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        ///Which tickets the user may see, for example `requested`, `organization`, `groups`, `assigned`; `null` for none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ticket_restriction: ::std::option::Option<::std::string::String>,
        ///The user's time zone.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub time_zone: ::std::option::Option<::std::string::String>,
        ///Whether two-factor authentication is on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub two_factor_auth_enabled: ::std::option::Option<bool>,
        ///When the user last changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::datetime::optional")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The API URL of this user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        ///The values of the account's custom user fields, by key. Personal data.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub user_fields: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Whether any of the user's identities is verified.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified: ::std::option::Option<bool>,
    }
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    ///One user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct UserResponse {
        pub user: User,
    }
    impl UserResponse {
        pub fn builder() -> builder::UserResponse {
            Default::default()
        }
    }
    ///The changes to a user; properties not sent are left as they are.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UserUpdate {
        ///`true` to suspend the user, `false` to unsuspend.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub suspended: ::std::option::Option<bool>,
    }
    impl UserUpdate {
        pub fn builder() -> builder::UserUpdate {
            Default::default()
        }
    }
    ///A change to a user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UserUpdateRequest {
        pub user: UserUpdate,
    }
    impl UserUpdateRequest {
        pub fn builder() -> builder::UserUpdateRequest {
            Default::default()
        }
    }
    ///A page of users (offset pagination).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct UsersPage {
        ///The total number of users found.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        ///The URL of the next page, `null` on the last.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        ///The URL of the previous page, `null` on the first.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page: ::std::option::Option<::std::string::String>,
        ///The users of this page.
        pub users: ::std::vec::Vec<User>,
    }
    impl UsersPage {
        pub fn builder() -> builder::UsersPage {
            Default::default()
        }
    }
    ///How a ticket or email reached Zendesk.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Via {
        ///The channel, for example `email`, `web`, `api`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<ViaSource>,
    }
    impl Via {
        pub fn builder() -> builder::Via {
            Default::default()
        }
    }
    ///One end of a channel.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ViaParty {
        ///The email address (for the email channel).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<::std::string::String>,
        ///The display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl ViaParty {
        pub fn builder() -> builder::ViaParty {
            Default::default()
        }
    }
    ///Details of the channel: who sent it, to which address, and the relation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ViaSource {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<ViaParty>,
        ///The relation of the event to the channel, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rel: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to: ::std::option::Option<ViaParty>,
    }
    impl ViaSource {
        pub fn builder() -> builder::ViaSource {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Attachment {
            content_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            content_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            inline: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            thumbnails: ::std::result::Result<
                ::std::vec::Vec<super::Thumbnail>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Attachment {
            fn default() -> Self {
                Self {
                    content_type: Ok(Default::default()),
                    content_url: Ok(Default::default()),
                    file_name: Ok(Default::default()),
                    id: Ok(Default::default()),
                    inline: Ok(Default::default()),
                    size: Ok(Default::default()),
                    thumbnails: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl Attachment {
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_type: {e}")
                    });
                self
            }
            pub fn content_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_url: {e}")
                    });
                self
            }
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inline<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.inline = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inline: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn thumbnails<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Thumbnail>>,
                T::Error: ::std::fmt::Display,
            {
                self.thumbnails = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for thumbnails: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Attachment> for super::Attachment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Attachment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_type: value.content_type?,
                    content_url: value.content_url?,
                    file_name: value.file_name?,
                    id: value.id?,
                    inline: value.inline?,
                    size: value.size?,
                    thumbnails: value.thumbnails?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Attachment> for Attachment {
            fn from(value: super::Attachment) -> Self {
                Self {
                    content_type: Ok(value.content_type),
                    content_url: Ok(value.content_url),
                    file_name: Ok(value.file_name),
                    id: Ok(value.id),
                    inline: Ok(value.inline),
                    size: Ok(value.size),
                    thumbnails: Ok(value.thumbnails),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone)]
        pub struct AuthorizationCodeGrant {
            client_id: ::std::result::Result<
                super::OAuthClientIdentifier,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            code_verifier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<
                ::std::option::Option<super::AccessTokenLifetime>,
                ::std::string::String,
            >,
            grant_type: ::std::result::Result<
                crate::types::AuthorizationCodeGrantGrantType,
                ::std::string::String,
            >,
            redirect_uri: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            refresh_token_expires_in: ::std::result::Result<
                ::std::option::Option<super::RefreshTokenLifetime>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<super::OAuthScope>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AuthorizationCodeGrant {
            fn default() -> Self {
                Self {
                    client_id: Err("no value supplied for client_id".to_string()),
                    client_secret: Ok(Default::default()),
                    code: Err("no value supplied for code".to_string()),
                    code_verifier: Ok(Default::default()),
                    expires_in: Ok(Default::default()),
                    grant_type: Err("no value supplied for grant_type".to_string()),
                    redirect_uri: Err("no value supplied for redirect_uri".to_string()),
                    refresh_token_expires_in: Ok(Default::default()),
                    scope: Ok(Default::default()),
                }
            }
        }
        impl AuthorizationCodeGrant {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OAuthClientIdentifier>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn code_verifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code_verifier = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code_verifier: {e}")
                    });
                self
            }
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AccessTokenLifetime>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_in: {e}")
                    });
                self
            }
            pub fn grant_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::types::AuthorizationCodeGrantGrantType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.grant_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for grant_type: {e}")
                    });
                self
            }
            pub fn redirect_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect_uri: {e}")
                    });
                self
            }
            pub fn refresh_token_expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RefreshTokenLifetime>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for refresh_token_expires_in: {e}"
                        )
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OAuthScope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AuthorizationCodeGrant>
        for super::AuthorizationCodeGrant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuthorizationCodeGrant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    client_secret: value.client_secret?,
                    code: value.code?,
                    code_verifier: value.code_verifier?,
                    expires_in: value.expires_in?,
                    grant_type: value.grant_type?,
                    redirect_uri: value.redirect_uri?,
                    refresh_token_expires_in: value.refresh_token_expires_in?,
                    scope: value.scope?,
                })
            }
        }
        impl ::std::convert::From<super::AuthorizationCodeGrant>
        for AuthorizationCodeGrant {
            fn from(value: super::AuthorizationCodeGrant) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    client_secret: Ok(value.client_secret),
                    code: Ok(value.code),
                    code_verifier: Ok(value.code_verifier),
                    expires_in: Ok(value.expires_in),
                    grant_type: Ok(value.grant_type),
                    redirect_uri: Ok(value.redirect_uri),
                    refresh_token_expires_in: Ok(value.refresh_token_expires_in),
                    scope: Ok(value.scope),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BulkRecoverAuthor {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }
        impl ::std::default::Default for BulkRecoverAuthor {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    id: Ok(Default::default()),
                }
            }
        }
        impl BulkRecoverAuthor {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<BulkRecoverAuthor> for super::BulkRecoverAuthor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkRecoverAuthor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::BulkRecoverAuthor> for BulkRecoverAuthor {
            fn from(value: super::BulkRecoverAuthor) -> Self {
                Self {
                    email: Ok(value.email),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BulkRecoverRequest {
            author: ::std::result::Result<
                ::std::option::Option<super::BulkRecoverAuthor>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BulkRecoverRequest {
            fn default() -> Self {
                Self {
                    author: Ok(Default::default()),
                }
            }
        }
        impl BulkRecoverRequest {
            pub fn author<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BulkRecoverAuthor>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.author = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for author: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BulkRecoverRequest> for super::BulkRecoverRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkRecoverRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { author: value.author? })
            }
        }
        impl ::std::convert::From<super::BulkRecoverRequest> for BulkRecoverRequest {
            fn from(value: super::BulkRecoverRequest) -> Self {
                Self { author: Ok(value.author) }
            }
        }
        #[derive(Clone)]
        pub struct ClientCredentialsGrant {
            client_id: ::std::result::Result<
                super::OAuthClientIdentifier,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<
                ::std::option::Option<super::AccessTokenLifetime>,
                ::std::string::String,
            >,
            grant_type: ::std::result::Result<
                crate::types::ClientCredentialsGrantGrantType,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<super::OAuthScope>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClientCredentialsGrant {
            fn default() -> Self {
                Self {
                    client_id: Err("no value supplied for client_id".to_string()),
                    client_secret: Err(
                        "no value supplied for client_secret".to_string(),
                    ),
                    expires_in: Ok(Default::default()),
                    grant_type: Err("no value supplied for grant_type".to_string()),
                    scope: Ok(Default::default()),
                }
            }
        }
        impl ClientCredentialsGrant {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OAuthClientIdentifier>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AccessTokenLifetime>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_in: {e}")
                    });
                self
            }
            pub fn grant_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::types::ClientCredentialsGrantGrantType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.grant_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for grant_type: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OAuthScope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClientCredentialsGrant>
        for super::ClientCredentialsGrant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClientCredentialsGrant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    client_secret: value.client_secret?,
                    expires_in: value.expires_in?,
                    grant_type: value.grant_type?,
                    scope: value.scope?,
                })
            }
        }
        impl ::std::convert::From<super::ClientCredentialsGrant>
        for ClientCredentialsGrant {
            fn from(value: super::ClientCredentialsGrant) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    client_secret: Ok(value.client_secret),
                    expires_in: Ok(value.expires_in),
                    grant_type: Ok(value.grant_type),
                    scope: Ok(value.scope),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CursorLinks {
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            prev: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CursorLinks {
            fn default() -> Self {
                Self {
                    next: Ok(Default::default()),
                    prev: Ok(Default::default()),
                }
            }
        }
        impl CursorLinks {
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn prev<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.prev = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prev: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CursorLinks> for super::CursorLinks {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CursorLinks,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    next: value.next?,
                    prev: value.prev?,
                })
            }
        }
        impl ::std::convert::From<super::CursorLinks> for CursorLinks {
            fn from(value: super::CursorLinks) -> Self {
                Self {
                    next: Ok(value.next),
                    prev: Ok(value.prev),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CursorMeta {
            after_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            before_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for CursorMeta {
            fn default() -> Self {
                Self {
                    after_cursor: Ok(Default::default()),
                    before_cursor: Ok(Default::default()),
                    has_more: Err("no value supplied for has_more".to_string()),
                }
            }
        }
        impl CursorMeta {
            pub fn after_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.after_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for after_cursor: {e}")
                    });
                self
            }
            pub fn before_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.before_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for before_cursor: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CursorMeta> for super::CursorMeta {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CursorMeta,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    after_cursor: value.after_cursor?,
                    before_cursor: value.before_cursor?,
                    has_more: value.has_more?,
                })
            }
        }
        impl ::std::convert::From<super::CursorMeta> for CursorMeta {
            fn from(value: super::CursorMeta) -> Self {
                Self {
                    after_cursor: Ok(value.after_cursor),
                    before_cursor: Ok(value.before_cursor),
                    has_more: Ok(value.has_more),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldValue {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            value: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomFieldValue {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl CustomFieldValue {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldValue> for super::CustomFieldValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldValue> for CustomFieldValue {
            fn from(value: super::CustomFieldValue) -> Self {
                Self {
                    id: Ok(value.id),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeletedTicket {
            actor: ::std::result::Result<
                ::std::option::Option<super::DeletedTicketActor>,
                ::std::string::String,
            >,
            deleted_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            previous_state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subject: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeletedTicket {
            fn default() -> Self {
                Self {
                    actor: Ok(Default::default()),
                    deleted_at: Ok(Default::default()),
                    description: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    previous_state: Ok(Default::default()),
                    subject: Ok(Default::default()),
                }
            }
        }
        impl DeletedTicket {
            pub fn actor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeletedTicketActor>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.actor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for actor: {e}")
                    });
                self
            }
            pub fn deleted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.deleted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn previous_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_state = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_state: {e}"
                        )
                    });
                self
            }
            pub fn subject<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.subject = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subject: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeletedTicket> for super::DeletedTicket {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedTicket,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    actor: value.actor?,
                    deleted_at: value.deleted_at?,
                    description: value.description?,
                    id: value.id?,
                    previous_state: value.previous_state?,
                    subject: value.subject?,
                })
            }
        }
        impl ::std::convert::From<super::DeletedTicket> for DeletedTicket {
            fn from(value: super::DeletedTicket) -> Self {
                Self {
                    actor: Ok(value.actor),
                    deleted_at: Ok(value.deleted_at),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    previous_state: Ok(value.previous_state),
                    subject: Ok(value.subject),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeletedTicketActor {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeletedTicketActor {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl DeletedTicketActor {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeletedTicketActor> for super::DeletedTicketActor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedTicketActor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::DeletedTicketActor> for DeletedTicketActor {
            fn from(value: super::DeletedTicketActor) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeletedTicketsPage {
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            deleted_tickets: ::std::result::Result<
                ::std::vec::Vec<super::DeletedTicket>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<super::CursorLinks>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::CursorMeta>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeletedTicketsPage {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    deleted_tickets: Err(
                        "no value supplied for deleted_tickets".to_string(),
                    ),
                    links: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    next_page: Ok(Default::default()),
                    previous_page: Ok(Default::default()),
                }
            }
        }
        impl DeletedTicketsPage {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn deleted_tickets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DeletedTicket>>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted_tickets = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deleted_tickets: {e}"
                        )
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CursorLinks>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CursorMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_page: {e}")
                    });
                self
            }
            pub fn previous_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous_page: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeletedTicketsPage> for super::DeletedTicketsPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedTicketsPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    deleted_tickets: value.deleted_tickets?,
                    links: value.links?,
                    meta: value.meta?,
                    next_page: value.next_page?,
                    previous_page: value.previous_page?,
                })
            }
        }
        impl ::std::convert::From<super::DeletedTicketsPage> for DeletedTicketsPage {
            fn from(value: super::DeletedTicketsPage) -> Self {
                Self {
                    count: Ok(value.count),
                    deleted_tickets: Ok(value.deleted_tickets),
                    links: Ok(value.links),
                    meta: Ok(value.meta),
                    next_page: Ok(value.next_page),
                    previous_page: Ok(value.previous_page),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeletedUser {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            locale: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            locale_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            photo: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<crate::types::DeletedUserRole>,
                ::std::string::String,
            >,
            shared_phone_number: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            time_zone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeletedUser {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    email: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    locale: Ok(Default::default()),
                    locale_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    organization_id: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    photo: Ok(Default::default()),
                    role: Ok(Default::default()),
                    shared_phone_number: Ok(Default::default()),
                    time_zone: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl DeletedUser {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn locale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.locale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale: {e}")
                    });
                self
            }
            pub fn locale_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.locale_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale_id: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn photo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.photo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for photo: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::DeletedUserRole>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn shared_phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.shared_phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for shared_phone_number: {e}"
                        )
                    });
                self
            }
            pub fn time_zone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.time_zone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_zone: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeletedUser> for super::DeletedUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    created_at: value.created_at?,
                    email: value.email?,
                    id: value.id?,
                    locale: value.locale?,
                    locale_id: value.locale_id?,
                    name: value.name?,
                    organization_id: value.organization_id?,
                    phone: value.phone?,
                    photo: value.photo?,
                    role: value.role?,
                    shared_phone_number: value.shared_phone_number?,
                    time_zone: value.time_zone?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::DeletedUser> for DeletedUser {
            fn from(value: super::DeletedUser) -> Self {
                Self {
                    active: Ok(value.active),
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    id: Ok(value.id),
                    locale: Ok(value.locale),
                    locale_id: Ok(value.locale_id),
                    name: Ok(value.name),
                    organization_id: Ok(value.organization_id),
                    phone: Ok(value.phone),
                    photo: Ok(value.photo),
                    role: Ok(value.role),
                    shared_phone_number: Ok(value.shared_phone_number),
                    time_zone: Ok(value.time_zone),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeletedUserResponse {
            deleted_user: ::std::result::Result<
                super::DeletedUser,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeletedUserResponse {
            fn default() -> Self {
                Self {
                    deleted_user: Err("no value supplied for deleted_user".to_string()),
                }
            }
        }
        impl DeletedUserResponse {
            pub fn deleted_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeletedUser>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted_user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted_user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeletedUserResponse>
        for super::DeletedUserResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedUserResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deleted_user: value.deleted_user?,
                })
            }
        }
        impl ::std::convert::From<super::DeletedUserResponse> for DeletedUserResponse {
            fn from(value: super::DeletedUserResponse) -> Self {
                Self {
                    deleted_user: Ok(value.deleted_user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeletedUsersPage {
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            deleted_users: ::std::result::Result<
                ::std::vec::Vec<super::DeletedUser>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<super::CursorLinks>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::CursorMeta>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeletedUsersPage {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    deleted_users: Err(
                        "no value supplied for deleted_users".to_string(),
                    ),
                    links: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    next_page: Ok(Default::default()),
                    previous_page: Ok(Default::default()),
                }
            }
        }
        impl DeletedUsersPage {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn deleted_users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DeletedUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted_users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted_users: {e}")
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CursorLinks>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CursorMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_page: {e}")
                    });
                self
            }
            pub fn previous_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous_page: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeletedUsersPage> for super::DeletedUsersPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedUsersPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    deleted_users: value.deleted_users?,
                    links: value.links?,
                    meta: value.meta?,
                    next_page: value.next_page?,
                    previous_page: value.previous_page?,
                })
            }
        }
        impl ::std::convert::From<super::DeletedUsersPage> for DeletedUsersPage {
            fn from(value: super::DeletedUsersPage) -> Self {
                Self {
                    count: Ok(value.count),
                    deleted_users: Ok(value.deleted_users),
                    links: Ok(value.links),
                    meta: Ok(value.meta),
                    next_page: Ok(value.next_page),
                    previous_page: Ok(value.previous_page),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorBody {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            details: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::vec::Vec<super::ErrorDetail>,
                >,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorCode>,
                ::std::string::String,
            >,
            error_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::vec::Vec<super::ErrorItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorBody {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    details: Ok(Default::default()),
                    error: Ok(Default::default()),
                    error_description: Ok(Default::default()),
                    errors: Ok(Default::default()),
                }
            }
        }
        impl ErrorBody {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<super::ErrorDetail>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorCode>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_description: {e}"
                        )
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ErrorItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorBody> for super::ErrorBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    details: value.details?,
                    error: value.error?,
                    error_description: value.error_description?,
                    errors: value.errors?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorBody> for ErrorBody {
            fn from(value: super::ErrorBody) -> Self {
                Self {
                    description: Ok(value.description),
                    details: Ok(value.details),
                    error: Ok(value.error),
                    error_description: Ok(value.error_description),
                    errors: Ok(value.errors),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorDetail {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorDetail {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    error: Ok(Default::default()),
                }
            }
        }
        impl ErrorDetail {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorDetail> for super::ErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorDetail> for ErrorDetail {
            fn from(value: super::ErrorDetail) -> Self {
                Self {
                    description: Ok(value.description),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorItem {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorItem {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    detail: Ok(Default::default()),
                    status: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl ErrorItem {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorItem> for super::ErrorItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    detail: value.detail?,
                    status: value.status?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorItem> for ErrorItem {
            fn from(value: super::ErrorItem) -> Self {
                Self {
                    code: Ok(value.code),
                    detail: Ok(value.detail),
                    status: Ok(value.status),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorTitleMessage {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorTitleMessage {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl ErrorTitleMessage {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorTitleMessage> for super::ErrorTitleMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorTitleMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorTitleMessage> for ErrorTitleMessage {
            fn from(value: super::ErrorTitleMessage) -> Self {
                Self {
                    message: Ok(value.message),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobStatus {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            job_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            progress: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::option::Option<super::JobStatusResults>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::types::JobStatusStatus,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobStatus {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    job_type: Ok(Default::default()),
                    message: Ok(Default::default()),
                    progress: Ok(Default::default()),
                    results: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    total: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl JobStatus {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn job_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_type: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn progress<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.progress = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for progress: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::JobStatusResults>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::JobStatusStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobStatus> for super::JobStatus {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobStatus,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    job_type: value.job_type?,
                    message: value.message?,
                    progress: value.progress?,
                    results: value.results?,
                    status: value.status?,
                    total: value.total?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::JobStatus> for JobStatus {
            fn from(value: super::JobStatus) -> Self {
                Self {
                    id: Ok(value.id),
                    job_type: Ok(value.job_type),
                    message: Ok(value.message),
                    progress: Ok(value.progress),
                    results: Ok(value.results),
                    status: Ok(value.status),
                    total: Ok(value.total),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobStatusOutcome {
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for JobStatusOutcome {
            fn default() -> Self {
                Self {
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl JobStatusOutcome {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobStatusOutcome> for super::JobStatusOutcome {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobStatusOutcome,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::JobStatusOutcome> for JobStatusOutcome {
            fn from(value: super::JobStatusOutcome) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobStatusResponse {
            job_status: ::std::result::Result<super::JobStatus, ::std::string::String>,
        }
        impl ::std::default::Default for JobStatusResponse {
            fn default() -> Self {
                Self {
                    job_status: Err("no value supplied for job_status".to_string()),
                }
            }
        }
        impl JobStatusResponse {
            pub fn job_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::JobStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.job_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobStatusResponse> for super::JobStatusResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobStatusResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    job_status: value.job_status?,
                })
            }
        }
        impl ::std::convert::From<super::JobStatusResponse> for JobStatusResponse {
            fn from(value: super::JobStatusResponse) -> Self {
                Self {
                    job_status: Ok(value.job_status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobStatusResult {
            account_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            action: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            details: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            index: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobStatusResult {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    action: Ok(Default::default()),
                    details: Ok(Default::default()),
                    error: Ok(Default::default()),
                    id: Ok(Default::default()),
                    index: Ok(Default::default()),
                    status: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl JobStatusResult {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.index = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for index: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobStatusResult> for super::JobStatusResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobStatusResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    action: value.action?,
                    details: value.details?,
                    error: value.error?,
                    id: value.id?,
                    index: value.index?,
                    status: value.status?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::JobStatusResult> for JobStatusResult {
            fn from(value: super::JobStatusResult) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    action: Ok(value.action),
                    details: Ok(value.details),
                    error: Ok(value.error),
                    id: Ok(value.id),
                    index: Ok(value.index),
                    status: Ok(value.status),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobStatusesPage {
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            job_statuses: ::std::result::Result<
                ::std::vec::Vec<super::JobStatus>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<super::CursorLinks>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::CursorMeta>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobStatusesPage {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    job_statuses: Err("no value supplied for job_statuses".to_string()),
                    links: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    next_page: Ok(Default::default()),
                    previous_page: Ok(Default::default()),
                }
            }
        }
        impl JobStatusesPage {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn job_statuses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::JobStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_statuses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_statuses: {e}")
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CursorLinks>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CursorMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_page: {e}")
                    });
                self
            }
            pub fn previous_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous_page: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobStatusesPage> for super::JobStatusesPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobStatusesPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    job_statuses: value.job_statuses?,
                    links: value.links?,
                    meta: value.meta?,
                    next_page: value.next_page?,
                    previous_page: value.previous_page?,
                })
            }
        }
        impl ::std::convert::From<super::JobStatusesPage> for JobStatusesPage {
            fn from(value: super::JobStatusesPage) -> Self {
                Self {
                    count: Ok(value.count),
                    job_statuses: Ok(value.job_statuses),
                    links: Ok(value.links),
                    meta: Ok(value.meta),
                    next_page: Ok(value.next_page),
                    previous_page: Ok(value.previous_page),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobStatusesResponse {
            job_statuses: ::std::result::Result<
                ::std::vec::Vec<super::JobStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobStatusesResponse {
            fn default() -> Self {
                Self {
                    job_statuses: Err("no value supplied for job_statuses".to_string()),
                }
            }
        }
        impl JobStatusesResponse {
            pub fn job_statuses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::JobStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_statuses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_statuses: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobStatusesResponse>
        for super::JobStatusesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobStatusesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    job_statuses: value.job_statuses?,
                })
            }
        }
        impl ::std::convert::From<super::JobStatusesResponse> for JobStatusesResponse {
            fn from(value: super::JobStatusesResponse) -> Self {
                Self {
                    job_statuses: Ok(value.job_statuses),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OAuthError {
            error: ::std::result::Result<::std::string::String, ::std::string::String>,
            error_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OAuthError {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    error_description: Ok(Default::default()),
                }
            }
        }
        impl OAuthError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_description: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OAuthError> for super::OAuthError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OAuthError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    error_description: value.error_description?,
                })
            }
        }
        impl ::std::convert::From<super::OAuthError> for OAuthError {
            fn from(value: super::OAuthError) -> Self {
                Self {
                    error: Ok(value.error),
                    error_description: Ok(value.error_description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OAuthToken {
            client_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            refresh_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            refresh_token_expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            used_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OAuthToken {
            fn default() -> Self {
                Self {
                    client_id: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    refresh_token: Ok(Default::default()),
                    refresh_token_expires_at: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                    token: Ok(Default::default()),
                    url: Ok(Default::default()),
                    used_at: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl OAuthToken {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn refresh_token_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for refresh_token_expires_at: {e}"
                        )
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn used_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.used_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for used_at: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OAuthToken> for super::OAuthToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OAuthToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    created_at: value.created_at?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    refresh_token: value.refresh_token?,
                    refresh_token_expires_at: value.refresh_token_expires_at?,
                    scopes: value.scopes?,
                    token: value.token?,
                    url: value.url?,
                    used_at: value.used_at?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::OAuthToken> for OAuthToken {
            fn from(value: super::OAuthToken) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    created_at: Ok(value.created_at),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    refresh_token: Ok(value.refresh_token),
                    refresh_token_expires_at: Ok(value.refresh_token_expires_at),
                    scopes: Ok(value.scopes),
                    token: Ok(value.token),
                    url: Ok(value.url),
                    used_at: Ok(value.used_at),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OAuthTokenResponse {
            token: ::std::result::Result<super::OAuthToken, ::std::string::String>,
        }
        impl ::std::default::Default for OAuthTokenResponse {
            fn default() -> Self {
                Self {
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl OAuthTokenResponse {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OAuthToken>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OAuthTokenResponse> for super::OAuthTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OAuthTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { token: value.token? })
            }
        }
        impl ::std::convert::From<super::OAuthTokenResponse> for OAuthTokenResponse {
            fn from(value: super::OAuthTokenResponse) -> Self {
                Self { token: Ok(value.token) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RecoverSuspendedTicketFailure {
            ticket: ::std::result::Result<
                ::std::vec::Vec<super::SuspendedTicket>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RecoverSuspendedTicketFailure {
            fn default() -> Self {
                Self {
                    ticket: Err("no value supplied for ticket".to_string()),
                }
            }
        }
        impl RecoverSuspendedTicketFailure {
            pub fn ticket<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SuspendedTicket>>,
                T::Error: ::std::fmt::Display,
            {
                self.ticket = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ticket: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RecoverSuspendedTicketFailure>
        for super::RecoverSuspendedTicketFailure {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RecoverSuspendedTicketFailure,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { ticket: value.ticket? })
            }
        }
        impl ::std::convert::From<super::RecoverSuspendedTicketFailure>
        for RecoverSuspendedTicketFailure {
            fn from(value: super::RecoverSuspendedTicketFailure) -> Self {
                Self { ticket: Ok(value.ticket) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RecoveredTicketResponse {
            ticket: ::std::result::Result<
                ::std::vec::Vec<super::Ticket>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RecoveredTicketResponse {
            fn default() -> Self {
                Self {
                    ticket: Err("no value supplied for ticket".to_string()),
                }
            }
        }
        impl RecoveredTicketResponse {
            pub fn ticket<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Ticket>>,
                T::Error: ::std::fmt::Display,
            {
                self.ticket = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ticket: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RecoveredTicketResponse>
        for super::RecoveredTicketResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RecoveredTicketResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { ticket: value.ticket? })
            }
        }
        impl ::std::convert::From<super::RecoveredTicketResponse>
        for RecoveredTicketResponse {
            fn from(value: super::RecoveredTicketResponse) -> Self {
                Self { ticket: Ok(value.ticket) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RecoveredTicketsResponse {
            tickets: ::std::result::Result<
                ::std::vec::Vec<super::Ticket>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RecoveredTicketsResponse {
            fn default() -> Self {
                Self {
                    tickets: Err("no value supplied for tickets".to_string()),
                }
            }
        }
        impl RecoveredTicketsResponse {
            pub fn tickets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Ticket>>,
                T::Error: ::std::fmt::Display,
            {
                self.tickets = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tickets: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RecoveredTicketsResponse>
        for super::RecoveredTicketsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RecoveredTicketsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { tickets: value.tickets? })
            }
        }
        impl ::std::convert::From<super::RecoveredTicketsResponse>
        for RecoveredTicketsResponse {
            fn from(value: super::RecoveredTicketsResponse) -> Self {
                Self { tickets: Ok(value.tickets) }
            }
        }
        #[derive(Clone)]
        pub struct RefreshTokenGrant {
            client_id: ::std::result::Result<
                super::OAuthClientIdentifier,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<
                ::std::option::Option<super::AccessTokenLifetime>,
                ::std::string::String,
            >,
            grant_type: ::std::result::Result<
                crate::types::RefreshTokenGrantGrantType,
                ::std::string::String,
            >,
            refresh_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            refresh_token_expires_in: ::std::result::Result<
                ::std::option::Option<super::RefreshTokenLifetime>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<super::OAuthScope>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RefreshTokenGrant {
            fn default() -> Self {
                Self {
                    client_id: Err("no value supplied for client_id".to_string()),
                    client_secret: Ok(Default::default()),
                    expires_in: Ok(Default::default()),
                    grant_type: Err("no value supplied for grant_type".to_string()),
                    refresh_token: Err(
                        "no value supplied for refresh_token".to_string(),
                    ),
                    refresh_token_expires_in: Ok(Default::default()),
                    scope: Ok(Default::default()),
                }
            }
        }
        impl RefreshTokenGrant {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OAuthClientIdentifier>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AccessTokenLifetime>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_in: {e}")
                    });
                self
            }
            pub fn grant_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::RefreshTokenGrantGrantType>,
                T::Error: ::std::fmt::Display,
            {
                self.grant_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for grant_type: {e}")
                    });
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn refresh_token_expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RefreshTokenLifetime>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for refresh_token_expires_in: {e}"
                        )
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OAuthScope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RefreshTokenGrant> for super::RefreshTokenGrant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefreshTokenGrant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    client_secret: value.client_secret?,
                    expires_in: value.expires_in?,
                    grant_type: value.grant_type?,
                    refresh_token: value.refresh_token?,
                    refresh_token_expires_in: value.refresh_token_expires_in?,
                    scope: value.scope?,
                })
            }
        }
        impl ::std::convert::From<super::RefreshTokenGrant> for RefreshTokenGrant {
            fn from(value: super::RefreshTokenGrant) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    client_secret: Ok(value.client_secret),
                    expires_in: Ok(value.expires_in),
                    grant_type: Ok(value.grant_type),
                    refresh_token: Ok(value.refresh_token),
                    refresh_token_expires_in: Ok(value.refresh_token_expires_in),
                    scope: Ok(value.scope),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestRefused {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            details: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::vec::Vec<super::ErrorDetail>,
                >,
                ::std::string::String,
            >,
            error: ::std::result::Result<super::ErrorCode, ::std::string::String>,
            error_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::vec::Vec<super::ErrorItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RequestRefused {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    details: Ok(Default::default()),
                    error: Err("no value supplied for error".to_string()),
                    error_description: Ok(Default::default()),
                    errors: Ok(Default::default()),
                }
            }
        }
        impl RequestRefused {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<super::ErrorDetail>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorCode>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_description: {e}"
                        )
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ErrorItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RequestRefused> for super::RequestRefused {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestRefused,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    details: value.details?,
                    error: value.error?,
                    error_description: value.error_description?,
                    errors: value.errors?,
                })
            }
        }
        impl ::std::convert::From<super::RequestRefused> for RequestRefused {
            fn from(value: super::RequestRefused) -> Self {
                Self {
                    description: Ok(value.description),
                    details: Ok(value.details),
                    error: Ok(value.error),
                    error_description: Ok(value.error_description),
                    errors: Ok(value.errors),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SatisfactionRating {
            comment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            score: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SatisfactionRating {
            fn default() -> Self {
                Self {
                    comment: Ok(Default::default()),
                    id: Ok(Default::default()),
                    score: Ok(Default::default()),
                }
            }
        }
        impl SatisfactionRating {
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for score: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SatisfactionRating> for super::SatisfactionRating {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SatisfactionRating,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    comment: value.comment?,
                    id: value.id?,
                    score: value.score?,
                })
            }
        }
        impl ::std::convert::From<super::SatisfactionRating> for SatisfactionRating {
            fn from(value: super::SatisfactionRating) -> Self {
                Self {
                    comment: Ok(value.comment),
                    id: Ok(value.id),
                    score: Ok(value.score),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SuspendedTicket {
            attachments: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Attachment>>,
                ::std::string::String,
            >,
            author: ::std::result::Result<
                ::std::option::Option<super::SuspendedTicketAuthor>,
                ::std::string::String,
            >,
            brand_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cause: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cause_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cause_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            error_messages: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recipient: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subject: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ticket_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            via: ::std::result::Result<
                ::std::option::Option<super::Via>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SuspendedTicket {
            fn default() -> Self {
                Self {
                    attachments: Ok(Default::default()),
                    author: Ok(Default::default()),
                    brand_id: Ok(Default::default()),
                    cause: Ok(Default::default()),
                    cause_id: Ok(Default::default()),
                    cause_name: Ok(Default::default()),
                    content: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    error_messages: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    message_id: Ok(Default::default()),
                    recipient: Ok(Default::default()),
                    subject: Ok(Default::default()),
                    ticket_id: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    url: Ok(Default::default()),
                    via: Ok(Default::default()),
                }
            }
        }
        impl SuspendedTicket {
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Attachment>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            pub fn author<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SuspendedTicketAuthor>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.author = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for author: {e}")
                    });
                self
            }
            pub fn brand_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.brand_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for brand_id: {e}")
                    });
                self
            }
            pub fn cause<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cause = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cause: {e}")
                    });
                self
            }
            pub fn cause_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cause_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cause_id: {e}")
                    });
                self
            }
            pub fn cause_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cause_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cause_name: {e}")
                    });
                self
            }
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn error_messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.error_messages = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_messages: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            pub fn recipient<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.recipient = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recipient: {e}")
                    });
                self
            }
            pub fn subject<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.subject = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subject: {e}")
                    });
                self
            }
            pub fn ticket_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ticket_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ticket_id: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn via<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Via>>,
                T::Error: ::std::fmt::Display,
            {
                self.via = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for via: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SuspendedTicket> for super::SuspendedTicket {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SuspendedTicket,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attachments: value.attachments?,
                    author: value.author?,
                    brand_id: value.brand_id?,
                    cause: value.cause?,
                    cause_id: value.cause_id?,
                    cause_name: value.cause_name?,
                    content: value.content?,
                    created_at: value.created_at?,
                    error_messages: value.error_messages?,
                    id: value.id?,
                    message_id: value.message_id?,
                    recipient: value.recipient?,
                    subject: value.subject?,
                    ticket_id: value.ticket_id?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                    via: value.via?,
                })
            }
        }
        impl ::std::convert::From<super::SuspendedTicket> for SuspendedTicket {
            fn from(value: super::SuspendedTicket) -> Self {
                Self {
                    attachments: Ok(value.attachments),
                    author: Ok(value.author),
                    brand_id: Ok(value.brand_id),
                    cause: Ok(value.cause),
                    cause_id: Ok(value.cause_id),
                    cause_name: Ok(value.cause_name),
                    content: Ok(value.content),
                    created_at: Ok(value.created_at),
                    error_messages: Ok(value.error_messages),
                    id: Ok(value.id),
                    message_id: Ok(value.message_id),
                    recipient: Ok(value.recipient),
                    subject: Ok(value.subject),
                    ticket_id: Ok(value.ticket_id),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                    via: Ok(value.via),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SuspendedTicketAuthor {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SuspendedTicketAuthor {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl SuspendedTicketAuthor {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SuspendedTicketAuthor>
        for super::SuspendedTicketAuthor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SuspendedTicketAuthor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::SuspendedTicketAuthor>
        for SuspendedTicketAuthor {
            fn from(value: super::SuspendedTicketAuthor) -> Self {
                Self {
                    email: Ok(value.email),
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SuspendedTicketExport {
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            view_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SuspendedTicketExport {
            fn default() -> Self {
                Self {
                    status: Ok(Default::default()),
                    view_id: Ok(Default::default()),
                }
            }
        }
        impl SuspendedTicketExport {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn view_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.view_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for view_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SuspendedTicketExport>
        for super::SuspendedTicketExport {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SuspendedTicketExport,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    status: value.status?,
                    view_id: value.view_id?,
                })
            }
        }
        impl ::std::convert::From<super::SuspendedTicketExport>
        for SuspendedTicketExport {
            fn from(value: super::SuspendedTicketExport) -> Self {
                Self {
                    status: Ok(value.status),
                    view_id: Ok(value.view_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SuspendedTicketExportResponse {
            export: ::std::result::Result<
                super::SuspendedTicketExport,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SuspendedTicketExportResponse {
            fn default() -> Self {
                Self {
                    export: Err("no value supplied for export".to_string()),
                }
            }
        }
        impl SuspendedTicketExportResponse {
            pub fn export<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuspendedTicketExport>,
                T::Error: ::std::fmt::Display,
            {
                self.export = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for export: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SuspendedTicketExportResponse>
        for super::SuspendedTicketExportResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SuspendedTicketExportResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { export: value.export? })
            }
        }
        impl ::std::convert::From<super::SuspendedTicketExportResponse>
        for SuspendedTicketExportResponse {
            fn from(value: super::SuspendedTicketExportResponse) -> Self {
                Self { export: Ok(value.export) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SuspendedTicketResponse {
            suspended_ticket: ::std::result::Result<
                super::SuspendedTicket,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SuspendedTicketResponse {
            fn default() -> Self {
                Self {
                    suspended_ticket: Err(
                        "no value supplied for suspended_ticket".to_string(),
                    ),
                }
            }
        }
        impl SuspendedTicketResponse {
            pub fn suspended_ticket<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuspendedTicket>,
                T::Error: ::std::fmt::Display,
            {
                self.suspended_ticket = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for suspended_ticket: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SuspendedTicketResponse>
        for super::SuspendedTicketResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SuspendedTicketResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    suspended_ticket: value.suspended_ticket?,
                })
            }
        }
        impl ::std::convert::From<super::SuspendedTicketResponse>
        for SuspendedTicketResponse {
            fn from(value: super::SuspendedTicketResponse) -> Self {
                Self {
                    suspended_ticket: Ok(value.suspended_ticket),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SuspendedTicketsNotRecovered {
            suspended_tickets: ::std::result::Result<
                ::std::vec::Vec<super::SuspendedTicket>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SuspendedTicketsNotRecovered {
            fn default() -> Self {
                Self {
                    suspended_tickets: Err(
                        "no value supplied for suspended_tickets".to_string(),
                    ),
                }
            }
        }
        impl SuspendedTicketsNotRecovered {
            pub fn suspended_tickets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SuspendedTicket>>,
                T::Error: ::std::fmt::Display,
            {
                self.suspended_tickets = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for suspended_tickets: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SuspendedTicketsNotRecovered>
        for super::SuspendedTicketsNotRecovered {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SuspendedTicketsNotRecovered,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    suspended_tickets: value.suspended_tickets?,
                })
            }
        }
        impl ::std::convert::From<super::SuspendedTicketsNotRecovered>
        for SuspendedTicketsNotRecovered {
            fn from(value: super::SuspendedTicketsNotRecovered) -> Self {
                Self {
                    suspended_tickets: Ok(value.suspended_tickets),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SuspendedTicketsPage {
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<super::CursorLinks>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::CursorMeta>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            suspended_tickets: ::std::result::Result<
                ::std::vec::Vec<super::SuspendedTicket>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SuspendedTicketsPage {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    links: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    next_page: Ok(Default::default()),
                    previous_page: Ok(Default::default()),
                    suspended_tickets: Err(
                        "no value supplied for suspended_tickets".to_string(),
                    ),
                }
            }
        }
        impl SuspendedTicketsPage {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CursorLinks>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CursorMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_page: {e}")
                    });
                self
            }
            pub fn previous_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous_page: {e}")
                    });
                self
            }
            pub fn suspended_tickets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SuspendedTicket>>,
                T::Error: ::std::fmt::Display,
            {
                self.suspended_tickets = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for suspended_tickets: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SuspendedTicketsPage>
        for super::SuspendedTicketsPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SuspendedTicketsPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    links: value.links?,
                    meta: value.meta?,
                    next_page: value.next_page?,
                    previous_page: value.previous_page?,
                    suspended_tickets: value.suspended_tickets?,
                })
            }
        }
        impl ::std::convert::From<super::SuspendedTicketsPage> for SuspendedTicketsPage {
            fn from(value: super::SuspendedTicketsPage) -> Self {
                Self {
                    count: Ok(value.count),
                    links: Ok(value.links),
                    meta: Ok(value.meta),
                    next_page: Ok(value.next_page),
                    previous_page: Ok(value.previous_page),
                    suspended_tickets: Ok(value.suspended_tickets),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Thumbnail {
            content_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            content_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Thumbnail {
            fn default() -> Self {
                Self {
                    content_type: Ok(Default::default()),
                    content_url: Ok(Default::default()),
                    file_name: Ok(Default::default()),
                    id: Ok(Default::default()),
                    size: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl Thumbnail {
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_type: {e}")
                    });
                self
            }
            pub fn content_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_url: {e}")
                    });
                self
            }
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Thumbnail> for super::Thumbnail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Thumbnail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_type: value.content_type?,
                    content_url: value.content_url?,
                    file_name: value.file_name?,
                    id: value.id?,
                    size: value.size?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Thumbnail> for Thumbnail {
            fn from(value: super::Thumbnail) -> Self {
                Self {
                    content_type: Ok(value.content_type),
                    content_url: Ok(value.content_url),
                    file_name: Ok(value.file_name),
                    id: Ok(value.id),
                    size: Ok(value.size),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Ticket {
            allow_attachments: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            allow_channelback: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            assignee_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            brand_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            collaborator_ids: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            custom_fields: ::std::result::Result<
                ::std::vec::Vec<super::CustomFieldValue>,
                ::std::string::String,
            >,
            custom_status_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            due_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            email_cc_ids: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fields: ::std::result::Result<
                ::std::vec::Vec<super::CustomFieldValue>,
                ::std::string::String,
            >,
            follower_ids: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            followup_ids: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            forum_topic_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            from_messaging_channel: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            generated_timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            has_incidents: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            is_public: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<crate::types::TicketPriority>,
                ::std::string::String,
            >,
            problem_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            raw_subject: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recipient: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            requester_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            satisfaction_rating: ::std::result::Result<
                ::std::option::Option<super::SatisfactionRating>,
                ::std::string::String,
            >,
            sharing_agreement_ids: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::types::TicketStatus>,
                ::std::string::String,
            >,
            subject: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            submitter_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            ticket_form_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::types::TicketType>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            via: ::std::result::Result<
                ::std::option::Option<super::Via>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Ticket {
            fn default() -> Self {
                Self {
                    allow_attachments: Ok(Default::default()),
                    allow_channelback: Ok(Default::default()),
                    assignee_id: Ok(Default::default()),
                    brand_id: Ok(Default::default()),
                    collaborator_ids: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    custom_fields: Ok(Default::default()),
                    custom_status_id: Ok(Default::default()),
                    description: Ok(Default::default()),
                    due_at: Ok(Default::default()),
                    email_cc_ids: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    fields: Ok(Default::default()),
                    follower_ids: Ok(Default::default()),
                    followup_ids: Ok(Default::default()),
                    forum_topic_id: Ok(Default::default()),
                    from_messaging_channel: Ok(Default::default()),
                    generated_timestamp: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    has_incidents: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_public: Ok(Default::default()),
                    organization_id: Ok(Default::default()),
                    priority: Ok(Default::default()),
                    problem_id: Ok(Default::default()),
                    raw_subject: Ok(Default::default()),
                    recipient: Ok(Default::default()),
                    requester_id: Ok(Default::default()),
                    satisfaction_rating: Ok(Default::default()),
                    sharing_agreement_ids: Ok(Default::default()),
                    status: Ok(Default::default()),
                    subject: Ok(Default::default()),
                    submitter_id: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    ticket_form_id: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    url: Ok(Default::default()),
                    via: Ok(Default::default()),
                }
            }
        }
        impl Ticket {
            pub fn allow_attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_attachments: {e}"
                        )
                    });
                self
            }
            pub fn allow_channelback<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_channelback = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_channelback: {e}"
                        )
                    });
                self
            }
            pub fn assignee_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignee_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assignee_id: {e}")
                    });
                self
            }
            pub fn brand_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.brand_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for brand_id: {e}")
                    });
                self
            }
            pub fn collaborator_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.collaborator_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for collaborator_ids: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn custom_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CustomFieldValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom_fields: {e}")
                    });
                self
            }
            pub fn custom_status_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_status_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_status_id: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn due_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.due_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due_at: {e}")
                    });
                self
            }
            pub fn email_cc_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_cc_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email_cc_ids: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CustomFieldValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.fields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fields: {e}")
                    });
                self
            }
            pub fn follower_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.follower_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for follower_ids: {e}")
                    });
                self
            }
            pub fn followup_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.followup_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for followup_ids: {e}")
                    });
                self
            }
            pub fn forum_topic_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.forum_topic_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for forum_topic_id: {e}"
                        )
                    });
                self
            }
            pub fn from_messaging_channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_messaging_channel = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_messaging_channel: {e}"
                        )
                    });
                self
            }
            pub fn generated_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.generated_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for generated_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn has_incidents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_incidents = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_incidents: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_public<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_public = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_public: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::TicketPriority>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn problem_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.problem_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for problem_id: {e}")
                    });
                self
            }
            pub fn raw_subject<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.raw_subject = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for raw_subject: {e}")
                    });
                self
            }
            pub fn recipient<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.recipient = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recipient: {e}")
                    });
                self
            }
            pub fn requester_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.requester_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for requester_id: {e}")
                    });
                self
            }
            pub fn satisfaction_rating<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SatisfactionRating>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.satisfaction_rating = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for satisfaction_rating: {e}"
                        )
                    });
                self
            }
            pub fn sharing_agreement_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sharing_agreement_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sharing_agreement_ids: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::TicketStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn subject<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.subject = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subject: {e}")
                    });
                self
            }
            pub fn submitter_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.submitter_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for submitter_id: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn ticket_form_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ticket_form_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ticket_form_id: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::TicketType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn via<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Via>>,
                T::Error: ::std::fmt::Display,
            {
                self.via = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for via: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Ticket> for super::Ticket {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Ticket,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_attachments: value.allow_attachments?,
                    allow_channelback: value.allow_channelback?,
                    assignee_id: value.assignee_id?,
                    brand_id: value.brand_id?,
                    collaborator_ids: value.collaborator_ids?,
                    created_at: value.created_at?,
                    custom_fields: value.custom_fields?,
                    custom_status_id: value.custom_status_id?,
                    description: value.description?,
                    due_at: value.due_at?,
                    email_cc_ids: value.email_cc_ids?,
                    external_id: value.external_id?,
                    fields: value.fields?,
                    follower_ids: value.follower_ids?,
                    followup_ids: value.followup_ids?,
                    forum_topic_id: value.forum_topic_id?,
                    from_messaging_channel: value.from_messaging_channel?,
                    generated_timestamp: value.generated_timestamp?,
                    group_id: value.group_id?,
                    has_incidents: value.has_incidents?,
                    id: value.id?,
                    is_public: value.is_public?,
                    organization_id: value.organization_id?,
                    priority: value.priority?,
                    problem_id: value.problem_id?,
                    raw_subject: value.raw_subject?,
                    recipient: value.recipient?,
                    requester_id: value.requester_id?,
                    satisfaction_rating: value.satisfaction_rating?,
                    sharing_agreement_ids: value.sharing_agreement_ids?,
                    status: value.status?,
                    subject: value.subject?,
                    submitter_id: value.submitter_id?,
                    tags: value.tags?,
                    ticket_form_id: value.ticket_form_id?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                    via: value.via?,
                })
            }
        }
        impl ::std::convert::From<super::Ticket> for Ticket {
            fn from(value: super::Ticket) -> Self {
                Self {
                    allow_attachments: Ok(value.allow_attachments),
                    allow_channelback: Ok(value.allow_channelback),
                    assignee_id: Ok(value.assignee_id),
                    brand_id: Ok(value.brand_id),
                    collaborator_ids: Ok(value.collaborator_ids),
                    created_at: Ok(value.created_at),
                    custom_fields: Ok(value.custom_fields),
                    custom_status_id: Ok(value.custom_status_id),
                    description: Ok(value.description),
                    due_at: Ok(value.due_at),
                    email_cc_ids: Ok(value.email_cc_ids),
                    external_id: Ok(value.external_id),
                    fields: Ok(value.fields),
                    follower_ids: Ok(value.follower_ids),
                    followup_ids: Ok(value.followup_ids),
                    forum_topic_id: Ok(value.forum_topic_id),
                    from_messaging_channel: Ok(value.from_messaging_channel),
                    generated_timestamp: Ok(value.generated_timestamp),
                    group_id: Ok(value.group_id),
                    has_incidents: Ok(value.has_incidents),
                    id: Ok(value.id),
                    is_public: Ok(value.is_public),
                    organization_id: Ok(value.organization_id),
                    priority: Ok(value.priority),
                    problem_id: Ok(value.problem_id),
                    raw_subject: Ok(value.raw_subject),
                    recipient: Ok(value.recipient),
                    requester_id: Ok(value.requester_id),
                    satisfaction_rating: Ok(value.satisfaction_rating),
                    sharing_agreement_ids: Ok(value.sharing_agreement_ids),
                    status: Ok(value.status),
                    subject: Ok(value.subject),
                    submitter_id: Ok(value.submitter_id),
                    tags: Ok(value.tags),
                    ticket_form_id: Ok(value.ticket_form_id),
                    type_: Ok(value.type_),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                    via: Ok(value.via),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TicketResponse {
            ticket: ::std::result::Result<super::Ticket, ::std::string::String>,
        }
        impl ::std::default::Default for TicketResponse {
            fn default() -> Self {
                Self {
                    ticket: Err("no value supplied for ticket".to_string()),
                }
            }
        }
        impl TicketResponse {
            pub fn ticket<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Ticket>,
                T::Error: ::std::fmt::Display,
            {
                self.ticket = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ticket: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TicketResponse> for super::TicketResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TicketResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { ticket: value.ticket? })
            }
        }
        impl ::std::convert::From<super::TicketResponse> for TicketResponse {
            fn from(value: super::TicketResponse) -> Self {
                Self { ticket: Ok(value.ticket) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TicketsPage {
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<super::CursorLinks>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::CursorMeta>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tickets: ::std::result::Result<
                ::std::vec::Vec<super::Ticket>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TicketsPage {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    links: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    next_page: Ok(Default::default()),
                    previous_page: Ok(Default::default()),
                    tickets: Err("no value supplied for tickets".to_string()),
                }
            }
        }
        impl TicketsPage {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CursorLinks>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CursorMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_page: {e}")
                    });
                self
            }
            pub fn previous_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous_page: {e}")
                    });
                self
            }
            pub fn tickets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Ticket>>,
                T::Error: ::std::fmt::Display,
            {
                self.tickets = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tickets: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TicketsPage> for super::TicketsPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TicketsPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    links: value.links?,
                    meta: value.meta?,
                    next_page: value.next_page?,
                    previous_page: value.previous_page?,
                    tickets: value.tickets?,
                })
            }
        }
        impl ::std::convert::From<super::TicketsPage> for TicketsPage {
            fn from(value: super::TicketsPage) -> Self {
                Self {
                    count: Ok(value.count),
                    links: Ok(value.links),
                    meta: Ok(value.meta),
                    next_page: Ok(value.next_page),
                    previous_page: Ok(value.previous_page),
                    tickets: Ok(value.tickets),
                }
            }
        }
        #[derive(Clone)]
        pub struct TokenResponse {
            access_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            refresh_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            refresh_token_expires_in: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenResponse {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    expires_in: Ok(Default::default()),
                    refresh_token: Ok(Default::default()),
                    refresh_token_expires_in: Ok(Default::default()),
                    scope: Ok(Default::default()),
                    token_type: Err("no value supplied for token_type".to_string()),
                }
            }
        }
        impl TokenResponse {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_in: {e}")
                    });
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn refresh_token_expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for refresh_token_expires_in: {e}"
                        )
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
            pub fn token_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenResponse> for super::TokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_in: value.expires_in?,
                    refresh_token: value.refresh_token?,
                    refresh_token_expires_in: value.refresh_token_expires_in?,
                    scope: value.scope?,
                    token_type: value.token_type?,
                })
            }
        }
        impl ::std::convert::From<super::TokenResponse> for TokenResponse {
            fn from(value: super::TokenResponse) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_in: Ok(value.expires_in),
                    refresh_token: Ok(value.refresh_token),
                    refresh_token_expires_in: Ok(value.refresh_token_expires_in),
                    scope: Ok(value.scope),
                    token_type: Ok(value.token_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Upload {
            attachments: ::std::result::Result<
                ::std::vec::Vec<super::Attachment>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Upload {
            fn default() -> Self {
                Self {
                    attachments: Ok(Default::default()),
                    token: Ok(Default::default()),
                }
            }
        }
        impl Upload {
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Attachment>>,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Upload> for super::Upload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Upload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attachments: value.attachments?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::Upload> for Upload {
            fn from(value: super::Upload) -> Self {
                Self {
                    attachments: Ok(value.attachments),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UploadResponse {
            upload: ::std::result::Result<super::Upload, ::std::string::String>,
        }
        impl ::std::default::Default for UploadResponse {
            fn default() -> Self {
                Self {
                    upload: Err("no value supplied for upload".to_string()),
                }
            }
        }
        impl UploadResponse {
            pub fn upload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Upload>,
                T::Error: ::std::fmt::Display,
            {
                self.upload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for upload: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UploadResponse> for super::UploadResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { upload: value.upload? })
            }
        }
        impl ::std::convert::From<super::UploadResponse> for UploadResponse {
            fn from(value: super::UploadResponse) -> Self {
                Self { upload: Ok(value.upload) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct User {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            alias: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            chat_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            custom_role_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            default_group_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            details: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            iana_time_zone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            last_login_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            locale: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            locale_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            moderator: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            only_private_comments: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            photo: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            remote_photo_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            report_csv: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            restricted_agent: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<crate::types::UserRole>,
                ::std::string::String,
            >,
            role_type: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            shared: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            shared_agent: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            shared_phone_number: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            signature: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            suspended: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            ticket_restriction: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            time_zone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            two_factor_auth_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_fields: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    alias: Ok(Default::default()),
                    chat_only: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    custom_role_id: Ok(Default::default()),
                    default_group_id: Ok(Default::default()),
                    details: Ok(Default::default()),
                    email: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    iana_time_zone: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_login_at: Ok(Default::default()),
                    locale: Ok(Default::default()),
                    locale_id: Ok(Default::default()),
                    moderator: Ok(Default::default()),
                    name: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    only_private_comments: Ok(Default::default()),
                    organization_id: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    photo: Ok(Default::default()),
                    remote_photo_url: Ok(Default::default()),
                    report_csv: Ok(Default::default()),
                    restricted_agent: Ok(Default::default()),
                    role: Ok(Default::default()),
                    role_type: Ok(Default::default()),
                    shared: Ok(Default::default()),
                    shared_agent: Ok(Default::default()),
                    shared_phone_number: Ok(Default::default()),
                    signature: Ok(Default::default()),
                    suspended: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    ticket_restriction: Ok(Default::default()),
                    time_zone: Ok(Default::default()),
                    two_factor_auth_enabled: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    url: Ok(Default::default()),
                    user_fields: Ok(Default::default()),
                    verified: Ok(Default::default()),
                }
            }
        }
        impl User {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn alias<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.alias = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alias: {e}")
                    });
                self
            }
            pub fn chat_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.chat_only = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for chat_only: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn custom_role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_role_id: {e}"
                        )
                    });
                self
            }
            pub fn default_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_group_id: {e}"
                        )
                    });
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn iana_time_zone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.iana_time_zone = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for iana_time_zone: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_login_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_login_at: {e}")
                    });
                self
            }
            pub fn locale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.locale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale: {e}")
                    });
                self
            }
            pub fn locale_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.locale_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale_id: {e}")
                    });
                self
            }
            pub fn moderator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.moderator = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for moderator: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            pub fn only_private_comments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.only_private_comments = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for only_private_comments: {e}"
                        )
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn photo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.photo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for photo: {e}")
                    });
                self
            }
            pub fn remote_photo_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.remote_photo_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for remote_photo_url: {e}"
                        )
                    });
                self
            }
            pub fn report_csv<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.report_csv = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for report_csv: {e}")
                    });
                self
            }
            pub fn restricted_agent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.restricted_agent = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for restricted_agent: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::UserRole>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn role_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.role_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_type: {e}")
                    });
                self
            }
            pub fn shared<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.shared = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shared: {e}")
                    });
                self
            }
            pub fn shared_agent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.shared_agent = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shared_agent: {e}")
                    });
                self
            }
            pub fn shared_phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.shared_phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for shared_phone_number: {e}"
                        )
                    });
                self
            }
            pub fn signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.signature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signature: {e}")
                    });
                self
            }
            pub fn suspended<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.suspended = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for suspended: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn ticket_restriction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ticket_restriction = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ticket_restriction: {e}"
                        )
                    });
                self
            }
            pub fn time_zone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.time_zone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_zone: {e}")
                    });
                self
            }
            pub fn two_factor_auth_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.two_factor_auth_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for two_factor_auth_enabled: {e}"
                        )
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn user_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_fields: {e}")
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    alias: value.alias?,
                    chat_only: value.chat_only?,
                    created_at: value.created_at?,
                    custom_role_id: value.custom_role_id?,
                    default_group_id: value.default_group_id?,
                    details: value.details?,
                    email: value.email?,
                    external_id: value.external_id?,
                    iana_time_zone: value.iana_time_zone?,
                    id: value.id?,
                    last_login_at: value.last_login_at?,
                    locale: value.locale?,
                    locale_id: value.locale_id?,
                    moderator: value.moderator?,
                    name: value.name?,
                    notes: value.notes?,
                    only_private_comments: value.only_private_comments?,
                    organization_id: value.organization_id?,
                    phone: value.phone?,
                    photo: value.photo?,
                    remote_photo_url: value.remote_photo_url?,
                    report_csv: value.report_csv?,
                    restricted_agent: value.restricted_agent?,
                    role: value.role?,
                    role_type: value.role_type?,
                    shared: value.shared?,
                    shared_agent: value.shared_agent?,
                    shared_phone_number: value.shared_phone_number?,
                    signature: value.signature?,
                    suspended: value.suspended?,
                    tags: value.tags?,
                    ticket_restriction: value.ticket_restriction?,
                    time_zone: value.time_zone?,
                    two_factor_auth_enabled: value.two_factor_auth_enabled?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                    user_fields: value.user_fields?,
                    verified: value.verified?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    active: Ok(value.active),
                    alias: Ok(value.alias),
                    chat_only: Ok(value.chat_only),
                    created_at: Ok(value.created_at),
                    custom_role_id: Ok(value.custom_role_id),
                    default_group_id: Ok(value.default_group_id),
                    details: Ok(value.details),
                    email: Ok(value.email),
                    external_id: Ok(value.external_id),
                    iana_time_zone: Ok(value.iana_time_zone),
                    id: Ok(value.id),
                    last_login_at: Ok(value.last_login_at),
                    locale: Ok(value.locale),
                    locale_id: Ok(value.locale_id),
                    moderator: Ok(value.moderator),
                    name: Ok(value.name),
                    notes: Ok(value.notes),
                    only_private_comments: Ok(value.only_private_comments),
                    organization_id: Ok(value.organization_id),
                    phone: Ok(value.phone),
                    photo: Ok(value.photo),
                    remote_photo_url: Ok(value.remote_photo_url),
                    report_csv: Ok(value.report_csv),
                    restricted_agent: Ok(value.restricted_agent),
                    role: Ok(value.role),
                    role_type: Ok(value.role_type),
                    shared: Ok(value.shared),
                    shared_agent: Ok(value.shared_agent),
                    shared_phone_number: Ok(value.shared_phone_number),
                    signature: Ok(value.signature),
                    suspended: Ok(value.suspended),
                    tags: Ok(value.tags),
                    ticket_restriction: Ok(value.ticket_restriction),
                    time_zone: Ok(value.time_zone),
                    two_factor_auth_enabled: Ok(value.two_factor_auth_enabled),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                    user_fields: Ok(value.user_fields),
                    verified: Ok(value.verified),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserResponse {
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for UserResponse {
            fn default() -> Self {
                Self {
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl UserResponse {
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserResponse> for super::UserResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user: value.user? })
            }
        }
        impl ::std::convert::From<super::UserResponse> for UserResponse {
            fn from(value: super::UserResponse) -> Self {
                Self { user: Ok(value.user) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserUpdate {
            suspended: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserUpdate {
            fn default() -> Self {
                Self {
                    suspended: Ok(Default::default()),
                }
            }
        }
        impl UserUpdate {
            pub fn suspended<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.suspended = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for suspended: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserUpdate> for super::UserUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    suspended: value.suspended?,
                })
            }
        }
        impl ::std::convert::From<super::UserUpdate> for UserUpdate {
            fn from(value: super::UserUpdate) -> Self {
                Self {
                    suspended: Ok(value.suspended),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserUpdateRequest {
            user: ::std::result::Result<super::UserUpdate, ::std::string::String>,
        }
        impl ::std::default::Default for UserUpdateRequest {
            fn default() -> Self {
                Self {
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl UserUpdateRequest {
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserUpdate>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserUpdateRequest> for super::UserUpdateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserUpdateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user: value.user? })
            }
        }
        impl ::std::convert::From<super::UserUpdateRequest> for UserUpdateRequest {
            fn from(value: super::UserUpdateRequest) -> Self {
                Self { user: Ok(value.user) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UsersPage {
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            users: ::std::result::Result<
                ::std::vec::Vec<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UsersPage {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    next_page: Ok(Default::default()),
                    previous_page: Ok(Default::default()),
                    users: Err("no value supplied for users".to_string()),
                }
            }
        }
        impl UsersPage {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_page: {e}")
                    });
                self
            }
            pub fn previous_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous_page: {e}")
                    });
                self
            }
            pub fn users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for users: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UsersPage> for super::UsersPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UsersPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next_page: value.next_page?,
                    previous_page: value.previous_page?,
                    users: value.users?,
                })
            }
        }
        impl ::std::convert::From<super::UsersPage> for UsersPage {
            fn from(value: super::UsersPage) -> Self {
                Self {
                    count: Ok(value.count),
                    next_page: Ok(value.next_page),
                    previous_page: Ok(value.previous_page),
                    users: Ok(value.users),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Via {
            channel: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<super::ViaSource>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Via {
            fn default() -> Self {
                Self {
                    channel: Ok(Default::default()),
                    source: Ok(Default::default()),
                }
            }
        }
        impl Via {
            pub fn channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ViaSource>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Via> for super::Via {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Via,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    channel: value.channel?,
                    source: value.source?,
                })
            }
        }
        impl ::std::convert::From<super::Via> for Via {
            fn from(value: super::Via) -> Self {
                Self {
                    channel: Ok(value.channel),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ViaParty {
            address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ViaParty {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl ViaParty {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ViaParty> for super::ViaParty {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ViaParty,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::ViaParty> for ViaParty {
            fn from(value: super::ViaParty) -> Self {
                Self {
                    address: Ok(value.address),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ViaSource {
            from: ::std::result::Result<
                ::std::option::Option<super::ViaParty>,
                ::std::string::String,
            >,
            rel: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to: ::std::result::Result<
                ::std::option::Option<super::ViaParty>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ViaSource {
            fn default() -> Self {
                Self {
                    from: Ok(Default::default()),
                    rel: Ok(Default::default()),
                    to: Ok(Default::default()),
                }
            }
        }
        impl ViaSource {
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ViaParty>>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn rel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.rel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rel: {e}")
                    });
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ViaParty>>,
                T::Error: ::std::fmt::Display,
            {
                self.to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for to: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ViaSource> for super::ViaSource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ViaSource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    from: value.from?,
                    rel: value.rel?,
                    to: value.to?,
                })
            }
        }
        impl ::std::convert::From<super::ViaSource> for ViaSource {
            fn from(value: super::ViaSource) -> Self {
                Self {
                    from: Ok(value.from),
                    rel: Ok(value.rel),
                    to: Ok(value.to),
                }
            }
        }
        impl ::std::fmt::Debug for AuthorizationCodeGrant {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("AuthorizationCodeGrant")
                    .field("client_id", &self.client_id)
                    .field("client_secret", &format_args!("{}", crate ::auth::REDACTED))
                    .field("code", &format_args!("{}", crate ::auth::REDACTED))
                    .field("code_verifier", &format_args!("{}", crate ::auth::REDACTED))
                    .field("expires_in", &self.expires_in)
                    .field("grant_type", &self.grant_type)
                    .field("redirect_uri", &self.redirect_uri)
                    .field("refresh_token_expires_in", &self.refresh_token_expires_in)
                    .field("scope", &self.scope)
                    .finish()
            }
        }
        impl ::std::fmt::Debug for ClientCredentialsGrant {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("ClientCredentialsGrant")
                    .field("client_id", &self.client_id)
                    .field("client_secret", &format_args!("{}", crate ::auth::REDACTED))
                    .field("expires_in", &self.expires_in)
                    .field("grant_type", &self.grant_type)
                    .field("scope", &self.scope)
                    .finish()
            }
        }
        impl ::std::fmt::Debug for RefreshTokenGrant {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("RefreshTokenGrant")
                    .field("client_id", &self.client_id)
                    .field("client_secret", &format_args!("{}", crate ::auth::REDACTED))
                    .field("expires_in", &self.expires_in)
                    .field("grant_type", &self.grant_type)
                    .field("refresh_token", &format_args!("{}", crate ::auth::REDACTED))
                    .field("refresh_token_expires_in", &self.refresh_token_expires_in)
                    .field("scope", &self.scope)
                    .finish()
            }
        }
        impl ::std::fmt::Debug for TokenResponse {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("TokenResponse")
                    .field("access_token", &format_args!("{}", crate ::auth::REDACTED))
                    .field("expires_in", &self.expires_in)
                    .field("refresh_token", &format_args!("{}", crate ::auth::REDACTED))
                    .field("refresh_token_expires_in", &self.refresh_token_expires_in)
                    .field("scope", &self.scope)
                    .field("token_type", &self.token_type)
                    .finish()
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl ::std::fmt::Debug for AuthorizationCodeGrant {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("AuthorizationCodeGrant")
                .field("client_id", &self.client_id)
                .field("client_secret", &format_args!("{}", crate ::auth::REDACTED))
                .field("code", &format_args!("{}", crate ::auth::REDACTED))
                .field("code_verifier", &format_args!("{}", crate ::auth::REDACTED))
                .field("expires_in", &self.expires_in)
                .field("grant_type", &self.grant_type)
                .field("redirect_uri", &self.redirect_uri)
                .field("refresh_token_expires_in", &self.refresh_token_expires_in)
                .field("scope", &self.scope)
                .finish()
        }
    }
    impl ::std::fmt::Debug for ClientCredentialsGrant {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ClientCredentialsGrant")
                .field("client_id", &self.client_id)
                .field("client_secret", &format_args!("{}", crate ::auth::REDACTED))
                .field("expires_in", &self.expires_in)
                .field("grant_type", &self.grant_type)
                .field("scope", &self.scope)
                .finish()
        }
    }
    impl ::std::fmt::Debug for RefreshTokenGrant {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("RefreshTokenGrant")
                .field("client_id", &self.client_id)
                .field("client_secret", &format_args!("{}", crate ::auth::REDACTED))
                .field("expires_in", &self.expires_in)
                .field("grant_type", &self.grant_type)
                .field("refresh_token", &format_args!("{}", crate ::auth::REDACTED))
                .field("refresh_token_expires_in", &self.refresh_token_expires_in)
                .field("scope", &self.scope)
                .finish()
        }
    }
    impl ::std::fmt::Debug for TokenResponse {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("TokenResponse")
                .field("access_token", &format_args!("{}", crate ::auth::REDACTED))
                .field("expires_in", &self.expires_in)
                .field("refresh_token", &format_args!("{}", crate ::auth::REDACTED))
                .field("refresh_token_expires_in", &self.refresh_token_expires_in)
                .field("scope", &self.scope)
                .field("token_type", &self.token_type)
                .finish()
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Zendesk Support API — ticket moderation

The part of the Zendesk Support (ticketing) REST API that moderation and GDPR
tooling needs: suspended tickets (emails Zendesk held back as spam or
suspicious), soft-deleted tickets and their permanent deletion, the tickets
themselves, and the background job statuses that bulk and permanent deletions
answer with.

**Versions.** `info.version` is this document's version, not Zendesk's
(every path is Zendesk's API v2). It moves with the `zendesk-support`
crate under Cargo's semver rules: below 1.0 a breaking change raises the
minor version. A breaking change for clients generated from this
document (an operation or property removed, a property newly required,
an enum that gained a value, a response that may now be `null`) is
listed in the repository's CHANGELOG.md under "For clients generated
from the spec".

This document is hand-curated and describes what the live API does. Where
Zendesk's published documentation contradicts itself or the endpoint, the
operation or schema says so under **Deviation from Zendesk's docs**, with the
evidence; the captured samples under `spec/samples/` prove each case.

**Authentication.** OAuth 2.0 (`oauth2`): an access token sent as
`Authorization: Bearer {token}`, from the token endpoint
(`POST /oauth/tokens`) by the client credentials grant (scripts and
background jobs), or by the authorization code grant with PKCE and then
the refresh token grant (people). Access tokens expire (30 minutes by
default) and a refresh rotates the refresh token; a `401` with
`{"error": "invalid_token"}` means the token was refused and nothing was
done: get a new token and send the request again. Each operation names
the scope it needs (`read` for reading, `write` for changing).
API tokens (`basicAuth`) are being retired: since 2026-10-27 no account
can create one, one unused for 30 days is switched off, and on
2027-04-30 every API token stops working. Password authentication is no
longer accepted by Zendesk.

**Rate limits.** Limits are per account and per minute and depend on the plan:
Team 200, Growth and Professional 400, Enterprise 700, High Volume add-on
2500 requests per minute. Every response carries `X-Rate-Limit` and
`X-Rate-Limit-Remaining`, and, side by side with them, the later
generations of the same numbers: `rate-limit` / `rate-limit-remaining` /
`rate-limit-reset` (seen in live recordings from 2023) and
`ratelimit-limit` / `ratelimit-remaining` / `ratelimit-reset` (2024), where
the reset is the seconds until the minute's window starts again (evidence:
the live response recordings in zenpy's test cassettes). Past the limit
Zendesk answers `429 Too Many Requests` with a `Retry-After` header
(seconds to wait; HTTP also allows a date, which a client should accept).
Some endpoints have limits of their own, given in their descriptions; their
responses add one header per budget, `total=400; remaining=399; resets=59`,
named `zendesk-ratelimit-<bucket>` in Zendesk's reference today (for
example `zendesk-ratelimit-tickets-index`) and `zendesk-rate-limit-<bucket>`
in the live recordings of 2023 (for example
`zendesk-rate-limit-tickets-update`, `zendesk-rate-limit-deleted-tickets-destroy`
in zenpy's cassettes): a client should read both names. OpenAPI cannot
declare a header whose name varies, so this one is named here only.

**Background jobs.** Bulk deletions, marking many tickets as spam, bulk
recovery and permanent deletions answer a job status at once and do the
work in a background job. An account may have at most 30 jobs queued or
running (Zendesk's "Job limit"); past it, a call that would queue another
is refused with `429` and does nothing, so it may be sent again once one
of the account's jobs has ended. Jobs take seconds to minutes.

**Compression.** Zendesk compresses responses with gzip when the request
says it accepts it (`Accept-Encoding: gzip`); a page of 100 tickets is
several times smaller.

**Identifiers.** Every numeric id is a 64-bit integer (Zendesk's docs call
them `number`; current ids such as `14668816692628` exceed 32 bits).
Job status ids are strings.

**Reading responses.** Clients should be tolerant readers: ignore properties
they do not know, treat properties this document does not mark `required` as
optional, and accept `null` wherever a property is `nullable`.


Version: 0.3.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::Transport,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::transport::Transport) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            crate::http_client()
                .expect("zendesk_support::http_client: no TLS configuration")
                .connect_timeout(dur)
                .timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = crate::http_client()
            .expect("zendesk_support::http_client: no TLS configuration");
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Transport,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::transport::Transport> for Client {
    fn api_version() -> &'static str {
        "0.3.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::transport::Transport {
        &self.inner
    }
}
impl ClientHooks<crate::transport::Transport> for &Client {}
impl Client {
    /**List deleted tickets

Lists the soft-deleted tickets of the account that can still be
restored or deleted permanently: those not archived and not yet
scrubbed (Zendesk scrubs a deleted ticket after 30 days). An archived
ticket is not listed even when deleted. Unsorted, the tickets come in
the order they were created, oldest first; the first listed may not
be the account's oldest deleted ticket, because of archiving.

**Allowed for:** agents.

**Pagination:** cursor pagination with `page[size]` (at most 100) and
`page[after]`/`page[before]`. Without `page[size]` Zendesk falls back to
offset pagination (`page`, `per_page`) and answers `next_page`,
`previous_page` and `count` instead of `meta` and `links`; offset
pagination reaches the first 10,000 records only: a page past them
(`page` × `per_page` over 10,000) is refused with `400`
`InvalidPaginationDepth` (Zendesk's "New limits for offset-based
pagination", in force since 2024; sample
`list_deleted_tickets/400-invalid-pagination-depth.json`). Use cursor
pagination to list more.

**Sorting:** `sort_by` one of `id`, `subject`, `deleted_at`;
`sort_order` `asc` or `desc`.

**Rate limit:** 10 requests per minute; beyond page 100, 5 requests per
minute (Zendesk's reference). The budget's header is
`zendesk-ratelimit-deleted-tickets-index` in the simulator (Zendesk's
own name for it is not recorded).


Sends a `GET` request to `/api/v2/deleted_tickets`

Arguments:
- `page`: Offset pagination: the page to answer, from 1. Offset pagination
reaches the first 10,000 records only (`page` × `per_page`); past
them Zendesk answers `400` `InvalidPaginationDepth`.

- `page_after`: Cursor pagination: the `meta.after_cursor` of the previous page (never empty: Zendesk's cursors are opaque non-empty strings).
- `page_before`: Cursor pagination: the `meta.before_cursor` of the next page.
- `page_size`: Cursor pagination: the number of records in a page, at most 100.
Passing it selects cursor pagination.

- `per_page`: Offset pagination: the number of records in a page, at most 100.
- `sort_by`: The field to sort the deleted tickets by.
- `sort_order`: The sort direction.
```ignore
let response = client.list_deleted_tickets()
    .page(page)
    .page_after(page_after)
    .page_before(page_before)
    .page_size(page_size)
    .per_page(per_page)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .send()
    .await;
```*/
    pub fn list_deleted_tickets(&self) -> builder::ListDeletedTickets<'_> {
        builder::ListDeletedTickets::new(self)
    }
    /**Delete many tickets permanently

Permanently deletes up to 100 soft-deleted tickets (GDPR). Queues one
background job and answers its job status; each result in the finished
job reports one ticket.

**Rate limit:** 1,000 permanent deletions a minute, with
`delete_ticket_permanently` (`zendesk-ratelimit-deleted-tickets-destroy`).

**Allowed for:** agents.

**Job limit:** the call queues a background job. With 30 of the
account's jobs queued or running, Zendesk refuses it with `429` and does
nothing (`TooManyJobs`, below); send it again once one has ended.


Sends a `DELETE` request to `/api/v2/deleted_tickets/destroy_many`

Arguments:
- `ids`: Soft-deleted ticket ids (the tickets' own ids), comma-separated
(`ids=1,2,3`), at most 100.

**For generated clients:** this is one string, not an array. Zendesk's
reference lists `ids` as a `string` ("a comma separated list of ids"),
and that is what goes on the wire. Described as an array with
`explode: false`, it comes out of progenitor, openapi-python-client and
openapi-fetch as `ids=1&ids=2`, of which Zendesk keeps one and answers
success: the other ids are silently not acted on.

```ignore
let response = client.delete_tickets_permanently()
    .ids(ids)
    .send()
    .await;
```*/
    pub fn delete_tickets_permanently(&self) -> builder::DeleteTicketsPermanently<'_> {
        builder::DeleteTicketsPermanently::new(self)
    }
    /**Restore many deleted tickets

Restores up to 100 soft-deleted tickets. Answers `200` with no body.

**Allowed for:** agents.

**Deviation from Zendesk's docs:** the reference gives the `200`
response as `application/json` with the empty string `""` as its
body, which is not a JSON document. The endpoint answers `200` with
no body to read (no recording of it is public; see
`spec/samples/restore_deleted_tickets/`). Read the status, not the body.


Sends a `PUT` request to `/api/v2/deleted_tickets/restore_many`

Arguments:
- `ids`: Soft-deleted ticket ids (the tickets' own ids), comma-separated
(`ids=1,2,3`), at most 100.

**For generated clients:** this is one string, not an array. Zendesk's
reference lists `ids` as a `string` ("a comma separated list of ids"),
and that is what goes on the wire. Described as an array with
`explode: false`, it comes out of progenitor, openapi-python-client and
openapi-fetch as `ids=1&ids=2`, of which Zendesk keeps one and answers
success: the other ids are silently not acted on.

```ignore
let response = client.restore_deleted_tickets()
    .ids(ids)
    .send()
    .await;
```*/
    pub fn restore_deleted_tickets(&self) -> builder::RestoreDeletedTickets<'_> {
        builder::RestoreDeletedTickets::new(self)
    }
    /**Delete ticket permanently

Permanently deletes a soft-deleted ticket (GDPR). The endpoint queues a
background job and answers its job status; poll `show_job_status` until
the job is `completed`, `failed` or `killed`. Once the job succeeds the
ticket is gone and cannot be restored. A ticket must be soft-deleted
first (`delete_ticket`).

**Rate limit:** 1,000 permanent deletions a minute, with
`delete_tickets_permanently`; the budget's header is
`zendesk-rate-limit-deleted-tickets-destroy` in the live recordings
of 2023 (zenpy's cassettes), `zendesk-ratelimit-deleted-tickets-destroy`
in today's naming, which the simulator sends.

**Allowed for:** agents.

**Deviation from Zendesk's docs:** the docs' only response sample is a
placeholder in which every value is a string (`"progress":
"<integer>"`, `"results": [{"id": "<integer>"}]`). The live job status
carries integers for `progress`, `total` and result ids, `null` where a
value is not known yet, and for a permanent deletion `results` is the
object `{"success": true}` once the job completes. The placeholder is
kept as a negative sample that this schema rejects.

**Job limit:** the call queues a background job. With 30 of the
account's jobs queued or running, Zendesk refuses it with `429` and does
nothing (`TooManyJobs`, below); send it again once one has ended.


Sends a `DELETE` request to `/api/v2/deleted_tickets/{ticket_id}`

Arguments:
- `ticket_id`: The id of the soft-deleted ticket (the ticket's own id).
```ignore
let response = client.delete_ticket_permanently()
    .ticket_id(ticket_id)
    .send()
    .await;
```*/
    pub fn delete_ticket_permanently(&self) -> builder::DeleteTicketPermanently<'_> {
        builder::DeleteTicketPermanently::new(self)
    }
    /**Restore deleted ticket

Restores a soft-deleted ticket. Answers `200` with the empty JSON
object `{}`.

**Allowed for:** agents.

**Deviation from Zendesk's docs:** the reference says the success
response is empty. A live recording (zenpy's test cassette, 2023:
`Content-Type: application/json; charset=utf-8`, `Content-Length: 2`)
shows `{}`, kept as `spec/samples/real/restore_deleted_ticket/200-zenpy.json`.
A client should read the status and ignore the body, which says
nothing either way.


Sends a `PUT` request to `/api/v2/deleted_tickets/{ticket_id}/restore`

Arguments:
- `ticket_id`: The id of the soft-deleted ticket (the ticket's own id).
```ignore
let response = client.restore_deleted_ticket()
    .ticket_id(ticket_id)
    .send()
    .await;
```*/
    pub fn restore_deleted_ticket(&self) -> builder::RestoreDeletedTicket<'_> {
        builder::RestoreDeletedTicket::new(self)
    }
    /**List deleted users

Lists deleted users, permanently deleted ones included. A permanently
deleted user keeps its id and nothing personal: `name` is
`Permanently Deleted User` and `email`, `phone` and the like are
`null`.

**Allowed for:** agents.

**Pagination:** cursor pagination with `page[size]` (at most 100) and
`page[after]`/`page[before]`; offset pagination (`next_page`,
`previous_page`, `count`) without them.


Sends a `GET` request to `/api/v2/deleted_users`

Arguments:
- `page_after`: Cursor pagination: the `meta.after_cursor` of the previous page (never empty: Zendesk's cursors are opaque non-empty strings).
- `page_before`: Cursor pagination: the `meta.before_cursor` of the next page.
- `page_size`: Cursor pagination: the number of records in a page, at most 100.
Passing it selects cursor pagination.

```ignore
let response = client.list_deleted_users()
    .page_after(page_after)
    .page_before(page_before)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_deleted_users(&self) -> builder::ListDeletedUsers<'_> {
        builder::ListDeletedUsers::new(self)
    }
    /**Show deleted user

Shows a user that was deleted and not yet permanently deleted. A user
that was not deleted, or was permanently deleted, is `404`.

**Allowed for:** agents.


Sends a `GET` request to `/api/v2/deleted_users/{deleted_user_id}`

Arguments:
- `deleted_user_id`: The id of the deleted user (the user's id).
```ignore
let response = client.show_deleted_user()
    .deleted_user_id(deleted_user_id)
    .send()
    .await;
```*/
    pub fn show_deleted_user(&self) -> builder::ShowDeletedUser<'_> {
        builder::ShowDeletedUser::new(self)
    }
    /**Delete user permanently

Permanently deletes a deleted user (GDPR): everything personal about
them is erased, not recoverably. The user must have been deleted
first (*Delete user*); a user that was not is not a deleted user, and
the answer is `404`, as for one permanently deleted already.

**Allowed for:** admins; agents with permission to manage end users.

**Rate limit:** 700 permanent user deletions every 10 minutes.
Past it Zendesk answers `429` with `Retry-After`. Zendesk's name for
this budget's header is not recorded; the simulator sends
`zendesk-ratelimit-deleted-users-destroy`.


Sends a `DELETE` request to `/api/v2/deleted_users/{deleted_user_id}`

Arguments:
- `deleted_user_id`: The id of the deleted user (the user's id).
```ignore
let response = client.delete_user_permanently()
    .deleted_user_id(deleted_user_id)
    .send()
    .await;
```*/
    pub fn delete_user_permanently(&self) -> builder::DeleteUserPermanently<'_> {
        builder::DeleteUserPermanently::new(self)
    }
    /**List job statuses

Lists the account's recent job statuses, newest first.

**Allowed for:** agents.

**Pagination:** cursor pagination with `page[size]` (at most 100) and
`page[after]`/`page[before]`; offset pagination (`next_page`,
`previous_page`, `count`) without them.


Sends a `GET` request to `/api/v2/job_statuses`

Arguments:
- `page_after`: Cursor pagination: the `meta.after_cursor` of the previous page (never empty: Zendesk's cursors are opaque non-empty strings).
- `page_before`: Cursor pagination: the `meta.before_cursor` of the next page.
- `page_size`: Cursor pagination: the number of records in a page, at most 100.
Passing it selects cursor pagination.

```ignore
let response = client.list_job_statuses()
    .page_after(page_after)
    .page_before(page_before)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_job_statuses(&self) -> builder::ListJobStatuses<'_> {
        builder::ListJobStatuses::new(self)
    }
    /**Show many job statuses

Shows up to 100 job statuses by id. Ids of jobs Zendesk no longer
knows are left out of the answer.

**Allowed for:** agents.


Sends a `GET` request to `/api/v2/job_statuses/show_many`

Arguments:
- `ids`: Job status ids, comma-separated (`ids=a1,b2`), at most 100.

**For generated clients:** this is one string, not an array. Zendesk's
reference lists `ids` as a `string` ("a comma separated list of ids"),
and that is what goes on the wire. Described as an array with
`explode: false`, it comes out of progenitor, openapi-python-client and
openapi-fetch as `ids=1&ids=2`, of which Zendesk keeps one and answers
success: the other ids are silently not acted on.

```ignore
let response = client.show_job_statuses()
    .ids(ids)
    .send()
    .await;
```*/
    pub fn show_job_statuses(&self) -> builder::ShowJobStatuses<'_> {
        builder::ShowJobStatuses::new(self)
    }
    /**Show job status

Shows the status of one background job.

**Allowed for:** agents.


Sends a `GET` request to `/api/v2/job_statuses/{job_status_id}`

Arguments:
- `job_status_id`: The id of the job status (a string).
```ignore
let response = client.show_job_status()
    .job_status_id(job_status_id)
    .send()
    .await;
```*/
    pub fn show_job_status(&self) -> builder::ShowJobStatus<'_> {
        builder::ShowJobStatus::new(self)
    }
    /**Show the OAuth token in use

Shows the OAuth access token the request is sent with (Zendesk's
"Show Token" with the id `current`): its scopes, when it expires and
which user it acts as. Only the first 10 characters of the token are
answered.

**Allowed for:** admins, agents and end users, with an OAuth access
token (`Authorization: Bearer`).

**Deviation from Zendesk's docs:** Zendesk's reference writes the
path `/api/v2/oauth/tokens/current.json` (and its OpenAPI document
`/api/v2/oauth/tokens/{oauth_token_id}`); every path of this document
is written without `.json`, which Zendesk serves alike. Its curl
sample also passes an API token (`-u {email}/token:{api_token}`); the
bearer token alone is what is shown. With an API token there is no
OAuth token to show: Zendesk does not document that answer (the
simulator answers `404`).


Sends a `GET` request to `/api/v2/oauth/tokens/current`

```ignore
let response = client.show_current_token()
    .send()
    .await;
```*/
    pub fn show_current_token(&self) -> builder::ShowCurrentToken<'_> {
        builder::ShowCurrentToken::new(self)
    }
    /**List suspended tickets

Lists the suspended tickets of the account.

**Allowed for:** admins, and agents in custom roles with permission to
manage suspended tickets on Enterprise plans; unrestricted agents on all
other plans.

**Pagination:** cursor pagination. Pass `page[size]` (at most 100) and
then `page[after]` with `meta.after_cursor` while `meta.has_more` is true.

**Sorting:** `sort_by` one of `author_email`, `cause`, `created_at`,
`subject`; `sort_order` `asc` or `desc`.

**Deviation from Zendesk's docs:** the docs' example response carries
only `suspended_tickets`. A cursor-paginated response also carries
`meta` and `links`, as Zendesk's pagination guide describes for every
cursor-paginated list; both are optional here so that the docs' example
stays valid.


Sends a `GET` request to `/api/v2/suspended_tickets`

Arguments:
- `page_after`: Cursor pagination: the `meta.after_cursor` of the previous page (never empty: Zendesk's cursors are opaque non-empty strings).
- `page_before`: Cursor pagination: the `meta.before_cursor` of the next page.
- `page_size`: Cursor pagination: the number of records in a page, at most 100.
Passing it selects cursor pagination.

- `sort_by`: The field to sort the suspended tickets by.
- `sort_order`: The sort direction.
```ignore
let response = client.list_suspended_tickets()
    .page_after(page_after)
    .page_before(page_before)
    .page_size(page_size)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .send()
    .await;
```*/
    pub fn list_suspended_tickets(&self) -> builder::ListSuspendedTickets<'_> {
        builder::ListSuspendedTickets::new(self)
    }
    /**Recover many suspended tickets as a job

Recovers up to 100 suspended tickets in a background job: answers the
queued job's status at once; each result of the finished job reports
one suspended ticket. Each original sender stays the requester, as
with `recover_many`, unless `author` names another user.

Prefer `recover_many` for a few hundred tickets: it answers at once,
with the tickets created and, for each one it could not recover, the
cause. `bulk_recover` suits large batches (thousands), where a
synchronous call per 100 is slow, at the price of a job to wait for,
results that say less, and a place among the account's 30 jobs (see
the `429` below).

Ids are the suspended tickets' own ids, not ticket ids.

**Allowed for:** admins, and agents in custom roles with permission to
manage suspended tickets on Enterprise plans; unrestricted agents on all
other plans.

**Evidence:** this operation is in Zendesk's published reference
("Bulk Recover Suspended Tickets", `PUT
/api/v2/suspended_tickets/bulk_recover`, with `ids` and an optional
`author`), but no response recorded from a live account is known to
us: the samples are built from Zendesk's job status reference, and the
shape of the finished job's per-ticket results is the one every bulk
job documents. Read results as the job statuses' schema says: an id
is recovered only when its result says so.

**Job limit:** the call queues a background job. With 30 of the
account's jobs queued or running, Zendesk refuses it with `429` and does
nothing (`TooManyJobs`, below); send it again once one has ended.


Sends a `PUT` request to `/api/v2/suspended_tickets/bulk_recover`

Arguments:
- `ids`: Suspended ticket ids, comma-separated (`ids=14,77`), at most 100. These
are the suspended tickets' own ids, not ticket ids.

**For generated clients:** this is one string, not an array. Zendesk's
reference lists `ids` as a `string` ("a comma separated list of ids"),
and that is what goes on the wire. Described as an array with
`explode: false`, it comes out of progenitor, openapi-python-client and
openapi-fetch as `ids=1&ids=2`, of which Zendesk keeps one and answers
success: the other ids are silently not acted on.

- `body`
```ignore
let response = client.bulk_recover_suspended_tickets()
    .ids(ids)
    .body(body)
    .send()
    .await;
```*/
    pub fn bulk_recover_suspended_tickets(
        &self,
    ) -> builder::BulkRecoverSuspendedTickets<'_> {
        builder::BulkRecoverSuspendedTickets::new(self)
    }
    /**Delete many suspended tickets

Deletes up to 100 suspended tickets. Ids are the suspended tickets' own
ids, not ticket ids.

**Allowed for:** admins, and agents in custom roles with permission to
manage suspended tickets on Enterprise plans; unrestricted agents on all
other plans.


Sends a `DELETE` request to `/api/v2/suspended_tickets/destroy_many`

Arguments:
- `ids`: Suspended ticket ids, comma-separated (`ids=14,77`), at most 100. These
are the suspended tickets' own ids, not ticket ids.

**For generated clients:** this is one string, not an array. Zendesk's
reference lists `ids` as a `string` ("a comma separated list of ids"),
and that is what goes on the wire. Described as an array with
`explode: false`, it comes out of progenitor, openapi-python-client and
openapi-fetch as `ids=1&ids=2`, of which Zendesk keeps one and answers
success: the other ids are silently not acted on.

```ignore
let response = client.delete_suspended_tickets()
    .ids(ids)
    .send()
    .await;
```*/
    pub fn delete_suspended_tickets(&self) -> builder::DeleteSuspendedTickets<'_> {
        builder::DeleteSuspendedTickets::new(self)
    }
    /**Export suspended tickets

Queues a job that writes the account's suspended tickets to a CSV file
(sorted by update time, ascending, up to one million records). When it
is done Zendesk emails the requester a link to the file. No request body.

**Allowed for:** admins, and agents in custom roles with permission to
manage suspended tickets on Enterprise plans; unrestricted agents on all
other plans.

**Rate limit:** one request per minute. A second request within the
minute answers `429` with `Retry-After`. Zendesk's name for this
budget's header is not recorded; the simulator sends
`zendesk-ratelimit-suspended-tickets-export`.


Sends a `POST` request to `/api/v2/suspended_tickets/export`

```ignore
let response = client.export_suspended_tickets()
    .send()
    .await;
```*/
    pub fn export_suspended_tickets(&self) -> builder::ExportSuspendedTickets<'_> {
        builder::ExportSuspendedTickets::new(self)
    }
    /**Recover many suspended tickets

Turns up to 100 suspended tickets into tickets, synchronously (no job),
keeping each original author as the requester.

If every recovery succeeds the endpoint answers `200` with the new
`tickets`. If any fails it answers `422` with the failed ones under
`suspended_tickets`; the ids not listed there were recovered.

Ids are the suspended tickets' own ids, not ticket ids.

**Allowed for:** admins, and agents in custom roles with permission to
manage suspended tickets on Enterprise plans; unrestricted agents on all
other plans.

**Deviation from Zendesk's docs:** the docs give no limit error. More
than 100 ids is answered with `422` and a Zendesk error body, not with a
list of failures (reported against the live API in
cloudbees-oss/zendesk-java-client pull request 384, 2021-05-04), so the
422 body is one of the two shapes.


Sends a `PUT` request to `/api/v2/suspended_tickets/recover_many`

Arguments:
- `ids`: Suspended ticket ids, comma-separated (`ids=14,77`), at most 100. These
are the suspended tickets' own ids, not ticket ids.

**For generated clients:** this is one string, not an array. Zendesk's
reference lists `ids` as a `string` ("a comma separated list of ids"),
and that is what goes on the wire. Described as an array with
`explode: false`, it comes out of progenitor, openapi-python-client and
openapi-fetch as `ids=1&ids=2`, of which Zendesk keeps one and answers
success: the other ids are silently not acted on.

```ignore
let response = client.recover_suspended_tickets()
    .ids(ids)
    .send()
    .await;
```*/
    pub fn recover_suspended_tickets(&self) -> builder::RecoverSuspendedTickets<'_> {
        builder::RecoverSuspendedTickets::new(self)
    }
    /**Show suspended ticket

Shows one suspended ticket.

**Allowed for:** admins, and agents in custom roles with permission to
manage suspended tickets on Enterprise plans; unrestricted agents on all
other plans.

**Deviation from Zendesk's docs:** the docs' example response is a list
under `suspended_tickets` (a copy of the list example). The endpoint
answers with one object under `suspended_ticket`, as every Zendesk "show"
endpoint does (`{resource}` singular for one record) and as clients
written against the live API read it (for example PwshZendesk's
`Get-SuspendedTicket` reads `suspended_ticket` for one id and
`suspended_tickets` for the list). The docs' example is kept as a
negative sample that this schema rejects.


Sends a `GET` request to `/api/v2/suspended_tickets/{id}`

Arguments:
- `id`: The id of the suspended ticket (not a ticket id).
```ignore
let response = client.show_suspended_ticket()
    .id(id)
    .send()
    .await;
```*/
    pub fn show_suspended_ticket(&self) -> builder::ShowSuspendedTicket<'_> {
        builder::ShowSuspendedTicket::new(self)
    }
    /**Delete suspended ticket

Deletes one suspended ticket. The email is gone for good; nothing is
turned into a ticket.

**Allowed for:** unrestricted agents.


Sends a `DELETE` request to `/api/v2/suspended_tickets/{id}`

Arguments:
- `id`: The id of the suspended ticket (not a ticket id).
```ignore
let response = client.delete_suspended_ticket()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_suspended_ticket(&self) -> builder::DeleteSuspendedTicket<'_> {
        builder::DeleteSuspendedTicket::new(self)
    }
    /**Suspended ticket attachments

Copies the attachments of a suspended ticket and answers an upload
token for them. When a suspended ticket is recovered by hand (by
creating a ticket), the token attaches the files to the new ticket.
No request body.

**Allowed for:** admins, and agents in custom roles with permission to
manage suspended tickets on Enterprise plans; unrestricted agents on all
other plans.

**Deviation from Zendesk's docs:** the docs' heading says
`POST /api/v2/suspended_tickets/attachments` yet lists a required path
parameter `id`, and the Go, Java, Node, Python and Ruby samples post to
that id-less path. The docs' curl sample posts to
`/api/v2/suspended_tickets/{id}/attachments`: the only form that carries
the id the operation needs. This document uses the curl form.


Sends a `POST` request to `/api/v2/suspended_tickets/{id}/attachments`

Arguments:
- `id`: The id of the suspended ticket (not a ticket id).
```ignore
let response = client.suspended_ticket_attachments()
    .id(id)
    .send()
    .await;
```*/
    pub fn suspended_ticket_attachments(
        &self,
    ) -> builder::SuspendedTicketAttachments<'_> {
        builder::SuspendedTicketAttachments::new(self)
    }
    /**Recover suspended ticket

Turns one suspended ticket into a ticket, synchronously (no job).

**The requester changes.** Recovering through this endpoint makes the
authenticated agent the requester of the new ticket, not the original
author (so that the ticket is not suspended again). To keep the original
requester, recover through `recover_suspended_tickets` (the
`recover_many` endpoint), even for a single id.

Some suspended tickets cannot be recovered (for example mail received
from one of the account's own support addresses); the endpoint then
answers `422` with the suspended ticket that failed.

**Allowed for:** admins, and agents in custom roles with permission to
manage suspended tickets on Enterprise plans; unrestricted agents on all
other plans.

**Deviation from Zendesk's docs:** the docs' prose says a success
answers a `tickets` array and a failure a `suspended_tickets` array, but
both of the docs' response samples (200 and 422) put the array under the
key `ticket`, and Zendesk's own machine-readable schema for this
operation does the same. The prose was written for `recover_many`; this
endpoint answers `ticket` (an array holding the one recovered ticket, or
on 422 the one suspended ticket that failed).


Sends a `PUT` request to `/api/v2/suspended_tickets/{id}/recover`

Arguments:
- `id`: The id of the suspended ticket (not a ticket id).
```ignore
let response = client.recover_suspended_ticket()
    .id(id)
    .send()
    .await;
```*/
    pub fn recover_suspended_ticket(&self) -> builder::RecoverSuspendedTicket<'_> {
        builder::RecoverSuspendedTicket::new(self)
    }
    /**Delete many tickets

Soft-deletes up to 100 tickets. Queues a background job and answers its
job status.

**Allowed for:** admins; agents with permission to delete tickets.

**Job limit:** the call queues a background job. With 30 of the
account's jobs queued or running, Zendesk refuses it with `429` and does
nothing (`TooManyJobs`, below); send it again once one has ended.


Sends a `DELETE` request to `/api/v2/tickets/destroy_many`

Arguments:
- `ids`: Ticket ids, comma-separated (`ids=1,2,3`), at most 100.

**For generated clients:** this is one string, not an array. Zendesk's
reference lists `ids` as a `string` ("a comma separated list of ids"),
and that is what goes on the wire. Described as an array with
`explode: false`, it comes out of progenitor, openapi-python-client and
openapi-fetch as `ids=1&ids=2`, of which Zendesk keeps one and answers
success: the other ids are silently not acted on.

```ignore
let response = client.delete_tickets()
    .ids(ids)
    .send()
    .await;
```*/
    pub fn delete_tickets(&self) -> builder::DeleteTickets<'_> {
        builder::DeleteTickets::new(self)
    }
    /**Mark many tickets as spam

Marks up to 100 tickets as spam, as *Mark ticket as spam* does for
one: each ticket is deleted and its requester suspended. Queues a
background job and answers its job status; the job's `results` have
one entry per ticket.

**Allowed for:** agents.

**Job limit:** the call queues a background job. With 30 of the
account's jobs queued or running, Zendesk refuses it with `429` and does
nothing (`TooManyJobs`, below); send it again once one has ended.


Sends a `PUT` request to `/api/v2/tickets/mark_many_as_spam`

Arguments:
- `ids`: Ticket ids, comma-separated (`ids=1,2,3`), at most 100.

**For generated clients:** this is one string, not an array. Zendesk's
reference lists `ids` as a `string` ("a comma separated list of ids"),
and that is what goes on the wire. Described as an array with
`explode: false`, it comes out of progenitor, openapi-python-client and
openapi-fetch as `ids=1&ids=2`, of which Zendesk keeps one and answers
success: the other ids are silently not acted on.

```ignore
let response = client.mark_tickets_as_spam()
    .ids(ids)
    .send()
    .await;
```*/
    pub fn mark_tickets_as_spam(&self) -> builder::MarkTicketsAsSpam<'_> {
        builder::MarkTicketsAsSpam::new(self)
    }
    /**Show ticket

Shows one ticket.

**Allowed for:** agents.


Sends a `GET` request to `/api/v2/tickets/{ticket_id}`

Arguments:
- `ticket_id`: The id of the ticket.
```ignore
let response = client.show_ticket()
    .ticket_id(ticket_id)
    .send()
    .await;
```*/
    pub fn show_ticket(&self) -> builder::ShowTicket<'_> {
        builder::ShowTicket::new(self)
    }
    /**Delete ticket

Soft-deletes a ticket: it moves to the deleted tickets, from where it
can be restored, or deleted permanently.

**Allowed for:** admins; agents with permission to delete tickets.

**Rate limit:** 400 requests per minute for this endpoint. Zendesk's
name for this budget's header is not recorded; the simulator sends
`zendesk-ratelimit-tickets-destroy`.


Sends a `DELETE` request to `/api/v2/tickets/{ticket_id}`

Arguments:
- `ticket_id`: The id of the ticket.
```ignore
let response = client.delete_ticket()
    .ticket_id(ticket_id)
    .send()
    .await;
```*/
    pub fn delete_ticket(&self) -> builder::DeleteTicket<'_> {
        builder::DeleteTicket::new(self)
    }
    /**Mark ticket as spam and suspend requester

Marks a ticket as spam: the ticket is deleted (soft-deleted: it is
listed among the deleted tickets, from where it can be purged) and
its requester is suspended, so that their further mail is
suspended too.

**Allowed for:** agents.

**Deviation from Zendesk's docs:** the reference gives the `200`
response as `application/json` with the empty string `""` as its
body, which is not a JSON document. The endpoint answers `200` with
no body to read (no recording of it is public; see
`spec/samples/mark_ticket_as_spam/`). Read the status, not the body.


Sends a `PUT` request to `/api/v2/tickets/{ticket_id}/mark_as_spam`

Arguments:
- `ticket_id`: The id of the ticket.
```ignore
let response = client.mark_ticket_as_spam()
    .ticket_id(ticket_id)
    .send()
    .await;
```*/
    pub fn mark_ticket_as_spam(&self) -> builder::MarkTicketAsSpam<'_> {
        builder::MarkTicketAsSpam::new(self)
    }
    /**Search users

Finds users by `query` (Zendesk's search syntax: part or all of a
name, an email address, notes or a phone number) or by
`external_id`. Give one of the two.

A query is a search, not a lookup: `query=ada@example.com` may match
other users too (a partial match on a name or a note), so a client
that means one person must compare each user's `email` itself.

**Allowed for:** agents.

**Pagination:** offset pagination only (`next_page`, `previous_page`,
`count`), at most 100 users a page and 10,000 a query.


Sends a `GET` request to `/api/v2/users/search`

Arguments:
- `external_id`: A user's external id (exact; not a search).
- `page`: Offset pagination: the page to answer, from 1. Offset pagination
reaches the first 10,000 records only (`page` × `per_page`); past
them Zendesk answers `400` `InvalidPaginationDepth`.

- `per_page`: Offset pagination: the number of records in a page, at most 100.
- `query`: A search, for example an email address (`ada@example.com`) or `jdoe`.
```ignore
let response = client.search_users()
    .external_id(external_id)
    .page(page)
    .per_page(per_page)
    .query(query)
    .send()
    .await;
```*/
    pub fn search_users(&self) -> builder::SearchUsers<'_> {
        builder::SearchUsers::new(self)
    }
    /**Show user

Shows one user. A deleted user (not yet permanently deleted) is
still shown, with `active: false` (recorded live: see
`spec/samples/real/show_user/`).

**Allowed for:** agents.


Sends a `GET` request to `/api/v2/users/{user_id}`

Arguments:
- `user_id`: The id of the user.
```ignore
let response = client.show_user()
    .user_id(user_id)
    .send()
    .await;
```*/
    pub fn show_user(&self) -> builder::ShowUser<'_> {
        builder::ShowUser::new(self)
    }
    /**Update user

Changes a user. This document describes the one change moderation
makes: suspending (`{"user": {"suspended": true}}`) or unsuspending
(`false`) a user. A suspended user cannot sign in and their mail is
suspended. Properties not sent are left as they are.

**Allowed for:** agents (end users only); admins.

**Rate limit:** 5 updates a minute of each user (Zendesk's reference).
Zendesk's name for this budget's header is not recorded; the simulator
sends `zendesk-ratelimit-users-update`.


Sends a `PUT` request to `/api/v2/users/{user_id}`

Arguments:
- `user_id`: The id of the user.
- `body`
```ignore
let response = client.update_user()
    .user_id(user_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_user(&self) -> builder::UpdateUser<'_> {
        builder::UpdateUser::new(self)
    }
    /**Delete user

Deletes a user: the user becomes inactive (`active: false`) and is
listed among the deleted users. This is not yet erasure: personal
data stays until the deleted user is permanently deleted (*Delete
user permanently*). The tickets the user requested are not deleted.

**Allowed for:** admins; agents with permission to manage end users.

The reference says "Deleted users are not recoverable"; they do keep
their data, and *Show user* still shows them, with `active: false`
(recorded live), until they are permanently deleted.


Sends a `DELETE` request to `/api/v2/users/{user_id}`

Arguments:
- `user_id`: The id of the user.
```ignore
let response = client.delete_user()
    .user_id(user_id)
    .send()
    .await;
```*/
    pub fn delete_user(&self) -> builder::DeleteUser<'_> {
        builder::DeleteUser::new(self)
    }
    /**List tickets a user is copied on

Lists the live tickets the user is copied (CC'd) on, by
`collaborator_ids`. Their requester is someone else: erasing a
person does not delete these, but they hold the person's address
and words.

**Allowed for:** agents.

**Pagination:** as *List tickets requested by a user*.


Sends a `GET` request to `/api/v2/users/{user_id}/tickets/ccd`

Arguments:
- `user_id`: The id of the user.
- `page_after`: Cursor pagination: the `meta.after_cursor` of the previous page (never empty: Zendesk's cursors are opaque non-empty strings).
- `page_before`: Cursor pagination: the `meta.before_cursor` of the next page.
- `page_size`: Cursor pagination: the number of records in a page, at most 100.
Passing it selects cursor pagination.

```ignore
let response = client.list_ccd_tickets()
    .user_id(user_id)
    .page_after(page_after)
    .page_before(page_before)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_ccd_tickets(&self) -> builder::ListCcdTickets<'_> {
        builder::ListCcdTickets::new(self)
    }
    /**List tickets requested by a user

Lists the live tickets the user is the requester of. Soft-deleted
tickets are not listed (they are among the deleted tickets, which do
not say who requested them).

**Allowed for:** agents.

**Pagination:** cursor pagination with `page[size]` (at most 100) and
`page[after]`/`page[before]`; offset pagination (`next_page`,
`previous_page`, `count`) without them.


Sends a `GET` request to `/api/v2/users/{user_id}/tickets/requested`

Arguments:
- `user_id`: The id of the user.
- `page_after`: Cursor pagination: the `meta.after_cursor` of the previous page (never empty: Zendesk's cursors are opaque non-empty strings).
- `page_before`: Cursor pagination: the `meta.before_cursor` of the next page.
- `page_size`: Cursor pagination: the number of records in a page, at most 100.
Passing it selects cursor pagination.

```ignore
let response = client.list_requested_tickets()
    .user_id(user_id)
    .page_after(page_after)
    .page_before(page_before)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_requested_tickets(&self) -> builder::ListRequestedTickets<'_> {
        builder::ListRequestedTickets::new(self)
    }
    /**Create an OAuth access token

Zendesk's token endpoint (note: `/oauth/tokens`, not under `/api/v2`).
Trades a grant for an access token, to send as
`Authorization: Bearer {access_token}`:

- `client_credentials`: a confidential OAuth client's `client_id` and
  `client_secret` (since 2025-03-04; public clients are refused). The
  token acts as the admin who created the client. No refresh token
  comes with it: ask again when it runs out. For scripts and
  background jobs.
- `authorization_code`: the `code` Zendesk's authorization page
  (`GET /oauth/authorizations/new`) sent to the client's redirect URI
  (valid 120 seconds), with the same `redirect_uri` and, for PKCE,
  the `code_verifier` whose S256 challenge the authorization request
  carried (then no `client_secret` is needed; public clients must use
  PKCE). Answers a refresh token too.
- `refresh_token`: a refresh token from an earlier grant. Answers a
  new access token **and a new refresh token, and invalidates the old
  pair at once**: save the new refresh token before using the new
  access token.

**Lifetimes:** access tokens live 30 minutes by default (Zendesk
enforces expiry for OAuth clients created since 2026-04-30, global
clients since 2026-02-02, and every customer by 2027-04-01); ask for
another lifetime with `expires_in`, more than 300 and less than
172,800 seconds. Refresh tokens live 30 days by default
(`refresh_token_expires_in`, 7 to 90 days). Send `expires_in`: the
answer is documented to carry it, and integrators report that it
omits it unless the request sends it.

**Scopes:** one space-separated string: `read` (GET endpoints),
`write` (POST, PUT and DELETE), `impersonate`, or resource scopes
such as `tickets:read`, `users:write` (see `oauth2` in the security
schemes). A scope the client may not have gives a token whose every
request is refused `403`.

**Allowed for:** anyone holding the OAuth client's credentials, a
code or a refresh token; the request carries no `Authorization`
header.

**Deviation from Zendesk's docs:** the docs' example responses are
`201 Created`; Zendesk's own CLI (zendesk/zcli,
`packages/zcli-core/src/lib/oauth.ts`, Apache-2.0) accepts only `200`
from this endpoint and its tests mock `200`. Both are described here:
accept any `2xx`. The docs describe no error response; the `400` and
`401` bodies below are the OAuth 2.0 (RFC 6749 §5.2) errors of the
library Zendesk's OAuth answers match byte for byte elsewhere
(rack-oauth2: its `invalid_token` description is Zendesk's), and are
ours, not recordings.


Sends a `POST` request to `/oauth/tokens`

```ignore
let response = client.create_token_for_grant_type()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_token_for_grant_type(&self) -> builder::CreateTokenForGrantType<'_> {
        builder::CreateTokenForGrantType::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_deleted_tickets`]

[`Client::list_deleted_tickets`]: super::Client::list_deleted_tickets*/
    #[derive(Debug, Clone)]
    pub struct ListDeletedTickets<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_after: Result<Option<types::ListDeletedTicketsPageAfter>, String>,
        page_before: Result<Option<types::ListDeletedTicketsPageBefore>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        per_page: Result<Option<::std::num::NonZeroU64>, String>,
        sort_by: Result<Option<types::ListDeletedTicketsSortBy>, String>,
        sort_order: Result<Option<types::ListDeletedTicketsSortOrder>, String>,
    }
    impl<'a> ListDeletedTickets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                page_after: Ok(None),
                page_before: Ok(None),
                page_size: Ok(None),
                per_page: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListDeletedTicketsPageAfter>,
        {
            self.page_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListDeletedTicketsPageAfter` for page_after failed"
                        .to_string()
                });
            self
        }
        pub fn page_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListDeletedTicketsPageBefore>,
        {
            self.page_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListDeletedTicketsPageBefore` for page_before failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for per_page failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListDeletedTicketsSortBy>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListDeletedTicketsSortBy` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListDeletedTicketsSortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListDeletedTicketsSortOrder` for sort_order failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/deleted_tickets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeletedTicketsPage>, Error<()>> {
            let Self {
                client,
                page,
                page_after,
                page_before,
                page_size,
                per_page,
                sort_by,
                sort_order,
            } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_after = page_after.map_err(Error::InvalidRequest)?;
            let page_before = page_before.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/deleted_tickets", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                if let ::std::option::Option::Some(value) = &page {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("page", value));
                }
                if let ::std::option::Option::Some(value) = &page_after {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[after]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_before {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[before]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_size {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("page[size]", value));
                }
                if let ::std::option::Option::Some(value) = &per_page {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("per_page", value));
                }
                if let ::std::option::Option::Some(value) = &sort_by {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("sort_by", value));
                }
                if let ::std::option::Option::Some(value) = &sort_order {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("sort_order", value));
                }
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "list_deleted_tickets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_tickets_permanently`]

[`Client::delete_tickets_permanently`]: super::Client::delete_tickets_permanently*/
    #[derive(Debug, Clone)]
    pub struct DeleteTicketsPermanently<'a> {
        client: &'a super::Client,
        ids: Result<types::DeleteTicketsPermanentlyIds, String>,
    }
    impl<'a> DeleteTicketsPermanently<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Err("ids was not initialized".to_string()),
            }
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteTicketsPermanentlyIds>,
        {
            self.ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteTicketsPermanentlyIds` for ids failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/v2/deleted_tickets/destroy_many`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JobStatusResponse>, Error<()>> {
            let Self { client, ids } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/deleted_tickets/destroy_many", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .delete(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder = builder
                    .query(&progenitor_client::QueryParam::new("ids", &ids));
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "delete_tickets_permanently",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::restore_deleted_tickets`]

[`Client::restore_deleted_tickets`]: super::Client::restore_deleted_tickets*/
    #[derive(Debug, Clone)]
    pub struct RestoreDeletedTickets<'a> {
        client: &'a super::Client,
        ids: Result<types::RestoreDeletedTicketsIds, String>,
    }
    impl<'a> RestoreDeletedTickets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Err("ids was not initialized".to_string()),
            }
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RestoreDeletedTicketsIds>,
        {
            self.ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RestoreDeletedTicketsIds` for ids failed".to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/api/v2/deleted_tickets/restore_many`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, ids } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/deleted_tickets/restore_many", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .put(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    );
                builder = builder
                    .query(&progenitor_client::QueryParam::new("ids", &ids));
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "restore_deleted_tickets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_ticket_permanently`]

[`Client::delete_ticket_permanently`]: super::Client::delete_ticket_permanently*/
    #[derive(Debug, Clone)]
    pub struct DeleteTicketPermanently<'a> {
        client: &'a super::Client,
        ticket_id: Result<i64, String>,
    }
    impl<'a> DeleteTicketPermanently<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ticket_id: Err("ticket_id was not initialized".to_string()),
            }
        }
        pub fn ticket_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.ticket_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for ticket_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/v2/deleted_tickets/{ticket_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JobStatusResponse>, Error<()>> {
            let Self { client, ticket_id } = self;
            let ticket_id = ticket_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/deleted_tickets/{}", client.baseurl, encode_path(& ticket_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .delete(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "delete_ticket_permanently",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::restore_deleted_ticket`]

[`Client::restore_deleted_ticket`]: super::Client::restore_deleted_ticket*/
    #[derive(Debug, Clone)]
    pub struct RestoreDeletedTicket<'a> {
        client: &'a super::Client,
        ticket_id: Result<i64, String>,
    }
    impl<'a> RestoreDeletedTicket<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ticket_id: Err("ticket_id was not initialized".to_string()),
            }
        }
        pub fn ticket_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.ticket_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for ticket_id failed".to_string());
            self
        }
        ///Sends a `PUT` request to `/api/v2/deleted_tickets/{ticket_id}/restore`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, ticket_id } = self;
            let ticket_id = ticket_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/deleted_tickets/{}/restore", client.baseurl, encode_path(&
                ticket_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .put(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "restore_deleted_ticket",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_deleted_users`]

[`Client::list_deleted_users`]: super::Client::list_deleted_users*/
    #[derive(Debug, Clone)]
    pub struct ListDeletedUsers<'a> {
        client: &'a super::Client,
        page_after: Result<Option<types::ListDeletedUsersPageAfter>, String>,
        page_before: Result<Option<types::ListDeletedUsersPageBefore>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListDeletedUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_after: Ok(None),
                page_before: Ok(None),
                page_size: Ok(None),
            }
        }
        pub fn page_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListDeletedUsersPageAfter>,
        {
            self.page_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListDeletedUsersPageAfter` for page_after failed"
                        .to_string()
                });
            self
        }
        pub fn page_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListDeletedUsersPageBefore>,
        {
            self.page_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListDeletedUsersPageBefore` for page_before failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/deleted_users`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeletedUsersPage>, Error<()>> {
            let Self { client, page_after, page_before, page_size } = self;
            let page_after = page_after.map_err(Error::InvalidRequest)?;
            let page_before = page_before.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/deleted_users", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                if let ::std::option::Option::Some(value) = &page_after {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[after]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_before {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[before]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_size {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("page[size]", value));
                }
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "list_deleted_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_deleted_user`]

[`Client::show_deleted_user`]: super::Client::show_deleted_user*/
    #[derive(Debug, Clone)]
    pub struct ShowDeletedUser<'a> {
        client: &'a super::Client,
        deleted_user_id: Result<i64, String>,
    }
    impl<'a> ShowDeletedUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                deleted_user_id: Err("deleted_user_id was not initialized".to_string()),
            }
        }
        pub fn deleted_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.deleted_user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `i64` for deleted_user_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/deleted_users/{deleted_user_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeletedUserResponse>, Error<()>> {
            let Self { client, deleted_user_id } = self;
            let deleted_user_id = deleted_user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/deleted_users/{}", client.baseurl, encode_path(&
                deleted_user_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "show_deleted_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_user_permanently`]

[`Client::delete_user_permanently`]: super::Client::delete_user_permanently*/
    #[derive(Debug, Clone)]
    pub struct DeleteUserPermanently<'a> {
        client: &'a super::Client,
        deleted_user_id: Result<i64, String>,
    }
    impl<'a> DeleteUserPermanently<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                deleted_user_id: Err("deleted_user_id was not initialized".to_string()),
            }
        }
        pub fn deleted_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.deleted_user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `i64` for deleted_user_id failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/v2/deleted_users/{deleted_user_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeletedUserResponse>, Error<()>> {
            let Self { client, deleted_user_id } = self;
            let deleted_user_id = deleted_user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/deleted_users/{}", client.baseurl, encode_path(&
                deleted_user_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .delete(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "delete_user_permanently",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_job_statuses`]

[`Client::list_job_statuses`]: super::Client::list_job_statuses*/
    #[derive(Debug, Clone)]
    pub struct ListJobStatuses<'a> {
        client: &'a super::Client,
        page_after: Result<Option<types::ListJobStatusesPageAfter>, String>,
        page_before: Result<Option<types::ListJobStatusesPageBefore>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListJobStatuses<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_after: Ok(None),
                page_before: Ok(None),
                page_size: Ok(None),
            }
        }
        pub fn page_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListJobStatusesPageAfter>,
        {
            self.page_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListJobStatusesPageAfter` for page_after failed"
                        .to_string()
                });
            self
        }
        pub fn page_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListJobStatusesPageBefore>,
        {
            self.page_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListJobStatusesPageBefore` for page_before failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/job_statuses`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JobStatusesPage>, Error<()>> {
            let Self { client, page_after, page_before, page_size } = self;
            let page_after = page_after.map_err(Error::InvalidRequest)?;
            let page_before = page_before.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/job_statuses", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                if let ::std::option::Option::Some(value) = &page_after {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[after]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_before {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[before]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_size {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("page[size]", value));
                }
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "list_job_statuses",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_job_statuses`]

[`Client::show_job_statuses`]: super::Client::show_job_statuses*/
    #[derive(Debug, Clone)]
    pub struct ShowJobStatuses<'a> {
        client: &'a super::Client,
        ids: Result<types::ShowJobStatusesIds, String>,
    }
    impl<'a> ShowJobStatuses<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Err("ids was not initialized".to_string()),
            }
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowJobStatusesIds>,
        {
            self.ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowJobStatusesIds` for ids failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/job_statuses/show_many`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JobStatusesResponse>, Error<()>> {
            let Self { client, ids } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/job_statuses/show_many", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder = builder
                    .query(&progenitor_client::QueryParam::new("ids", &ids));
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "show_job_statuses",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_job_status`]

[`Client::show_job_status`]: super::Client::show_job_status*/
    #[derive(Debug, Clone)]
    pub struct ShowJobStatus<'a> {
        client: &'a super::Client,
        job_status_id: Result<::std::string::String, String>,
    }
    impl<'a> ShowJobStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_status_id: Err("job_status_id was not initialized".to_string()),
            }
        }
        pub fn job_status_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.job_status_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for job_status_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/job_statuses/{job_status_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JobStatusResponse>, Error<()>> {
            let Self { client, job_status_id } = self;
            let job_status_id = job_status_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/job_statuses/{}", client.baseurl, encode_path(& job_status_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "show_job_status",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_current_token`]

[`Client::show_current_token`]: super::Client::show_current_token*/
    #[derive(Debug, Clone)]
    pub struct ShowCurrentToken<'a> {
        client: &'a super::Client,
    }
    impl<'a> ShowCurrentToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v2/oauth/tokens/current`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OAuthTokenResponse>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/api/v2/oauth/tokens/current", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "show_current_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_suspended_tickets`]

[`Client::list_suspended_tickets`]: super::Client::list_suspended_tickets*/
    #[derive(Debug, Clone)]
    pub struct ListSuspendedTickets<'a> {
        client: &'a super::Client,
        page_after: Result<Option<types::ListSuspendedTicketsPageAfter>, String>,
        page_before: Result<Option<types::ListSuspendedTicketsPageBefore>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        sort_by: Result<Option<types::ListSuspendedTicketsSortBy>, String>,
        sort_order: Result<Option<types::ListSuspendedTicketsSortOrder>, String>,
    }
    impl<'a> ListSuspendedTickets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_after: Ok(None),
                page_before: Ok(None),
                page_size: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
            }
        }
        pub fn page_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListSuspendedTicketsPageAfter>,
        {
            self.page_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListSuspendedTicketsPageAfter` for page_after failed"
                        .to_string()
                });
            self
        }
        pub fn page_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListSuspendedTicketsPageBefore>,
        {
            self.page_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListSuspendedTicketsPageBefore` for page_before failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListSuspendedTicketsSortBy>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListSuspendedTicketsSortBy` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListSuspendedTicketsSortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListSuspendedTicketsSortOrder` for sort_order failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/suspended_tickets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SuspendedTicketsPage>, Error<()>> {
            let Self {
                client,
                page_after,
                page_before,
                page_size,
                sort_by,
                sort_order,
            } = self;
            let page_after = page_after.map_err(Error::InvalidRequest)?;
            let page_before = page_before.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/suspended_tickets", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                if let ::std::option::Option::Some(value) = &page_after {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[after]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_before {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[before]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_size {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("page[size]", value));
                }
                if let ::std::option::Option::Some(value) = &sort_by {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("sort_by", value));
                }
                if let ::std::option::Option::Some(value) = &sort_order {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("sort_order", value));
                }
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "list_suspended_tickets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::bulk_recover_suspended_tickets`]

[`Client::bulk_recover_suspended_tickets`]: super::Client::bulk_recover_suspended_tickets*/
    #[derive(Debug, Clone)]
    pub struct BulkRecoverSuspendedTickets<'a> {
        client: &'a super::Client,
        ids: Result<types::BulkRecoverSuspendedTicketsIds, String>,
        body: Result<types::builder::BulkRecoverRequest, String>,
    }
    impl<'a> BulkRecoverSuspendedTickets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Err("ids was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BulkRecoverSuspendedTicketsIds>,
        {
            self.ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `BulkRecoverSuspendedTicketsIds` for ids failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BulkRecoverRequest>,
            <V as std::convert::TryInto<
                types::BulkRecoverRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BulkRecoverRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BulkRecoverRequest,
            ) -> types::builder::BulkRecoverRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v2/suspended_tickets/bulk_recover`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JobStatusResponse>, Error<()>> {
            let Self { client, ids, body } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BulkRecoverRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/suspended_tickets/bulk_recover", client.baseurl,
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .put(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body);
                builder = builder
                    .query(&progenitor_client::QueryParam::new("ids", &ids));
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "bulk_recover_suspended_tickets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_suspended_tickets`]

[`Client::delete_suspended_tickets`]: super::Client::delete_suspended_tickets*/
    #[derive(Debug, Clone)]
    pub struct DeleteSuspendedTickets<'a> {
        client: &'a super::Client,
        ids: Result<types::DeleteSuspendedTicketsIds, String>,
    }
    impl<'a> DeleteSuspendedTickets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Err("ids was not initialized".to_string()),
            }
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteSuspendedTicketsIds>,
        {
            self.ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteSuspendedTicketsIds` for ids failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/v2/suspended_tickets/destroy_many`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, ids } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/suspended_tickets/destroy_many", client.baseurl,
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .delete(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    );
                builder = builder
                    .query(&progenitor_client::QueryParam::new("ids", &ids));
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "delete_suspended_tickets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::export_suspended_tickets`]

[`Client::export_suspended_tickets`]: super::Client::export_suspended_tickets*/
    #[derive(Debug, Clone)]
    pub struct ExportSuspendedTickets<'a> {
        client: &'a super::Client,
    }
    impl<'a> ExportSuspendedTickets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/api/v2/suspended_tickets/export`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SuspendedTicketExportResponse>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/api/v2/suspended_tickets/export", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .post(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "export_suspended_tickets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::recover_suspended_tickets`]

[`Client::recover_suspended_tickets`]: super::Client::recover_suspended_tickets*/
    #[derive(Debug, Clone)]
    pub struct RecoverSuspendedTickets<'a> {
        client: &'a super::Client,
        ids: Result<types::RecoverSuspendedTicketsIds, String>,
    }
    impl<'a> RecoverSuspendedTickets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Err("ids was not initialized".to_string()),
            }
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RecoverSuspendedTicketsIds>,
        {
            self.ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RecoverSuspendedTicketsIds` for ids failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/api/v2/suspended_tickets/recover_many`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RecoveredTicketsResponse>, Error<()>> {
            let Self { client, ids } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/suspended_tickets/recover_many", client.baseurl,
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .put(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder = builder
                    .query(&progenitor_client::QueryParam::new("ids", &ids));
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "recover_suspended_tickets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_suspended_ticket`]

[`Client::show_suspended_ticket`]: super::Client::show_suspended_ticket*/
    #[derive(Debug, Clone)]
    pub struct ShowSuspendedTicket<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> ShowSuspendedTicket<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/suspended_tickets/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SuspendedTicketResponse>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/suspended_tickets/{}", client.baseurl, encode_path(& id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "show_suspended_ticket",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_suspended_ticket`]

[`Client::delete_suspended_ticket`]: super::Client::delete_suspended_ticket*/
    #[derive(Debug, Clone)]
    pub struct DeleteSuspendedTicket<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> DeleteSuspendedTicket<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/v2/suspended_tickets/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/suspended_tickets/{}", client.baseurl, encode_path(& id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .delete(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "delete_suspended_ticket",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::suspended_ticket_attachments`]

[`Client::suspended_ticket_attachments`]: super::Client::suspended_ticket_attachments*/
    #[derive(Debug, Clone)]
    pub struct SuspendedTicketAttachments<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> SuspendedTicketAttachments<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `POST` request to `/api/v2/suspended_tickets/{id}/attachments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UploadResponse>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/suspended_tickets/{}/attachments", client.baseurl,
                encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .post(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "suspended_ticket_attachments",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::recover_suspended_ticket`]

[`Client::recover_suspended_ticket`]: super::Client::recover_suspended_ticket*/
    #[derive(Debug, Clone)]
    pub struct RecoverSuspendedTicket<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> RecoverSuspendedTicket<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `PUT` request to `/api/v2/suspended_tickets/{id}/recover`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RecoveredTicketResponse>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/suspended_tickets/{}/recover", client.baseurl, encode_path(&
                id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .put(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "recover_suspended_ticket",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_tickets`]

[`Client::delete_tickets`]: super::Client::delete_tickets*/
    #[derive(Debug, Clone)]
    pub struct DeleteTickets<'a> {
        client: &'a super::Client,
        ids: Result<types::DeleteTicketsIds, String>,
    }
    impl<'a> DeleteTickets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Err("ids was not initialized".to_string()),
            }
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteTicketsIds>,
        {
            self.ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteTicketsIds` for ids failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/v2/tickets/destroy_many`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JobStatusResponse>, Error<()>> {
            let Self { client, ids } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/tickets/destroy_many", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .delete(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder = builder
                    .query(&progenitor_client::QueryParam::new("ids", &ids));
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "delete_tickets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::mark_tickets_as_spam`]

[`Client::mark_tickets_as_spam`]: super::Client::mark_tickets_as_spam*/
    #[derive(Debug, Clone)]
    pub struct MarkTicketsAsSpam<'a> {
        client: &'a super::Client,
        ids: Result<types::MarkTicketsAsSpamIds, String>,
    }
    impl<'a> MarkTicketsAsSpam<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Err("ids was not initialized".to_string()),
            }
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MarkTicketsAsSpamIds>,
        {
            self.ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MarkTicketsAsSpamIds` for ids failed".to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/api/v2/tickets/mark_many_as_spam`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JobStatusResponse>, Error<()>> {
            let Self { client, ids } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/tickets/mark_many_as_spam", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .put(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder = builder
                    .query(&progenitor_client::QueryParam::new("ids", &ids));
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "mark_tickets_as_spam",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_ticket`]

[`Client::show_ticket`]: super::Client::show_ticket*/
    #[derive(Debug, Clone)]
    pub struct ShowTicket<'a> {
        client: &'a super::Client,
        ticket_id: Result<i64, String>,
    }
    impl<'a> ShowTicket<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ticket_id: Err("ticket_id was not initialized".to_string()),
            }
        }
        pub fn ticket_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.ticket_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for ticket_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/tickets/{ticket_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TicketResponse>, Error<()>> {
            let Self { client, ticket_id } = self;
            let ticket_id = ticket_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/tickets/{}", client.baseurl, encode_path(& ticket_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "show_ticket",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_ticket`]

[`Client::delete_ticket`]: super::Client::delete_ticket*/
    #[derive(Debug, Clone)]
    pub struct DeleteTicket<'a> {
        client: &'a super::Client,
        ticket_id: Result<i64, String>,
    }
    impl<'a> DeleteTicket<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ticket_id: Err("ticket_id was not initialized".to_string()),
            }
        }
        pub fn ticket_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.ticket_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for ticket_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/v2/tickets/{ticket_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, ticket_id } = self;
            let ticket_id = ticket_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/tickets/{}", client.baseurl, encode_path(& ticket_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .delete(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "delete_ticket",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::mark_ticket_as_spam`]

[`Client::mark_ticket_as_spam`]: super::Client::mark_ticket_as_spam*/
    #[derive(Debug, Clone)]
    pub struct MarkTicketAsSpam<'a> {
        client: &'a super::Client,
        ticket_id: Result<i64, String>,
    }
    impl<'a> MarkTicketAsSpam<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ticket_id: Err("ticket_id was not initialized".to_string()),
            }
        }
        pub fn ticket_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.ticket_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for ticket_id failed".to_string());
            self
        }
        ///Sends a `PUT` request to `/api/v2/tickets/{ticket_id}/mark_as_spam`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, ticket_id } = self;
            let ticket_id = ticket_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/tickets/{}/mark_as_spam", client.baseurl, encode_path(&
                ticket_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .put(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "mark_ticket_as_spam",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::search_users`]

[`Client::search_users`]: super::Client::search_users*/
    #[derive(Debug, Clone)]
    pub struct SearchUsers<'a> {
        client: &'a super::Client,
        external_id: Result<Option<types::SearchUsersExternalId>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        per_page: Result<Option<::std::num::NonZeroU64>, String>,
        query: Result<Option<types::SearchUsersQuery>, String>,
    }
    impl<'a> SearchUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                external_id: Ok(None),
                page: Ok(None),
                per_page: Ok(None),
                query: Ok(None),
            }
        }
        pub fn external_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchUsersExternalId>,
        {
            self.external_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchUsersExternalId` for external_id failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for per_page failed"
                        .to_string()
                });
            self
        }
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchUsersQuery>,
        {
            self.query = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchUsersQuery` for query failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/users/search`
        pub async fn send(self) -> Result<ResponseValue<types::UsersPage>, Error<()>> {
            let Self { client, external_id, page, per_page, query } = self;
            let external_id = external_id.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let query = query.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/users/search", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                if let ::std::option::Option::Some(value) = &external_id {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("external_id", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("page", value));
                }
                if let ::std::option::Option::Some(value) = &per_page {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("per_page", value));
                }
                if let ::std::option::Option::Some(value) = &query {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("query", value));
                }
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "search_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_user`]

[`Client::show_user`]: super::Client::show_user*/
    #[derive(Debug, Clone)]
    pub struct ShowUser<'a> {
        client: &'a super::Client,
        user_id: Result<i64, String>,
    }
    impl<'a> ShowUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for user_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/users/{user_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserResponse>, Error<()>> {
            let Self { client, user_id } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/users/{}", client.baseurl, encode_path(& user_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "show_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_user`]

[`Client::update_user`]: super::Client::update_user*/
    #[derive(Debug, Clone)]
    pub struct UpdateUser<'a> {
        client: &'a super::Client,
        user_id: Result<i64, String>,
        body: Result<types::builder::UserUpdateRequest, String>,
    }
    impl<'a> UpdateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for user_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserUpdateRequest>,
            <V as std::convert::TryInto<
                types::UserUpdateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserUpdateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserUpdateRequest,
            ) -> types::builder::UserUpdateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v2/users/{user_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserResponse>, Error<()>> {
            let Self { client, user_id, body } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UserUpdateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/users/{}", client.baseurl, encode_path(& user_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .put(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body);
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "update_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_user`]

[`Client::delete_user`]: super::Client::delete_user*/
    #[derive(Debug, Clone)]
    pub struct DeleteUser<'a> {
        client: &'a super::Client,
        user_id: Result<i64, String>,
    }
    impl<'a> DeleteUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for user_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/v2/users/{user_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserResponse>, Error<()>> {
            let Self { client, user_id } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/users/{}", client.baseurl, encode_path(& user_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .delete(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "delete_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_ccd_tickets`]

[`Client::list_ccd_tickets`]: super::Client::list_ccd_tickets*/
    #[derive(Debug, Clone)]
    pub struct ListCcdTickets<'a> {
        client: &'a super::Client,
        user_id: Result<i64, String>,
        page_after: Result<Option<types::ListCcdTicketsPageAfter>, String>,
        page_before: Result<Option<types::ListCcdTicketsPageBefore>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListCcdTickets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                page_after: Ok(None),
                page_before: Ok(None),
                page_size: Ok(None),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for user_id failed".to_string());
            self
        }
        pub fn page_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListCcdTicketsPageAfter>,
        {
            self.page_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListCcdTicketsPageAfter` for page_after failed"
                        .to_string()
                });
            self
        }
        pub fn page_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListCcdTicketsPageBefore>,
        {
            self.page_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListCcdTicketsPageBefore` for page_before failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/users/{user_id}/tickets/ccd`
        pub async fn send(self) -> Result<ResponseValue<types::TicketsPage>, Error<()>> {
            let Self { client, user_id, page_after, page_before, page_size } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let page_after = page_after.map_err(Error::InvalidRequest)?;
            let page_before = page_before.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/users/{}/tickets/ccd", client.baseurl, encode_path(& user_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                if let ::std::option::Option::Some(value) = &page_after {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[after]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_before {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[before]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_size {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("page[size]", value));
                }
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "list_ccd_tickets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_requested_tickets`]

[`Client::list_requested_tickets`]: super::Client::list_requested_tickets*/
    #[derive(Debug, Clone)]
    pub struct ListRequestedTickets<'a> {
        client: &'a super::Client,
        user_id: Result<i64, String>,
        page_after: Result<Option<types::ListRequestedTicketsPageAfter>, String>,
        page_before: Result<Option<types::ListRequestedTicketsPageBefore>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListRequestedTickets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                page_after: Ok(None),
                page_before: Ok(None),
                page_size: Ok(None),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for user_id failed".to_string());
            self
        }
        pub fn page_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRequestedTicketsPageAfter>,
        {
            self.page_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRequestedTicketsPageAfter` for page_after failed"
                        .to_string()
                });
            self
        }
        pub fn page_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRequestedTicketsPageBefore>,
        {
            self.page_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRequestedTicketsPageBefore` for page_before failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/users/{user_id}/tickets/requested`
        pub async fn send(self) -> Result<ResponseValue<types::TicketsPage>, Error<()>> {
            let Self { client, user_id, page_after, page_before, page_size } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let page_after = page_after.map_err(Error::InvalidRequest)?;
            let page_before = page_before.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/users/{}/tickets/requested", client.baseurl, encode_path(&
                user_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .get(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    );
                if let ::std::option::Option::Some(value) = &page_after {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[after]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_before {
                    builder = builder
                        .query(
                            &progenitor_client::QueryParam::new("page[before]", value),
                        );
                }
                if let ::std::option::Option::Some(value) = &page_size {
                    builder = builder
                        .query(&progenitor_client::QueryParam::new("page[size]", value));
                }
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "list_requested_tickets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_token_for_grant_type`]

[`Client::create_token_for_grant_type`]: super::Client::create_token_for_grant_type*/
    #[derive(Debug, Clone)]
    pub struct CreateTokenForGrantType<'a> {
        client: &'a super::Client,
        body: Result<types::TokenRequest, String>,
    }
    impl<'a> CreateTokenForGrantType<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TokenRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `TokenRequest` for body failed".to_string());
            self
        }
        ///Sends a `POST` request to `/oauth/tokens`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TokenResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/oauth/tokens", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = {
                #[allow(unused_mut)]
                let mut builder = client
                    .client
                    .post(
                        crate::request_url::of(client, &url)
                            .map_err(Error::InvalidRequest)?,
                    )
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .json(&body);
                builder.build()?
            };
            let info = OperationInfo {
                operation_id: "create_token_for_grant_type",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::transport::decoded(response).await,
                201u16 => crate::transport::decoded(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The success body of `operation_id` decoded into its type, for the
/// transport; `None` for an operation whose success has no body to
/// decode.
pub(crate) fn decode_success(
    operation_id: &str,
    body: &[u8],
    into: &mut ::http::Extensions,
) -> Option<Result<(), serde_json::Error>> {
    match operation_id {
        "list_deleted_tickets" => {
            Some(
                serde_json::from_slice::<types::DeletedTicketsPage>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "delete_tickets_permanently" => {
            Some(
                serde_json::from_slice::<types::JobStatusResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "delete_ticket_permanently" => {
            Some(
                serde_json::from_slice::<types::JobStatusResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "list_deleted_users" => {
            Some(
                serde_json::from_slice::<types::DeletedUsersPage>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "show_deleted_user" => {
            Some(
                serde_json::from_slice::<types::DeletedUserResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "delete_user_permanently" => {
            Some(
                serde_json::from_slice::<types::DeletedUserResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "list_job_statuses" => {
            Some(
                serde_json::from_slice::<types::JobStatusesPage>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "show_job_statuses" => {
            Some(
                serde_json::from_slice::<types::JobStatusesResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "show_job_status" => {
            Some(
                serde_json::from_slice::<types::JobStatusResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "show_current_token" => {
            Some(
                serde_json::from_slice::<types::OAuthTokenResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "list_suspended_tickets" => {
            Some(
                serde_json::from_slice::<types::SuspendedTicketsPage>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "bulk_recover_suspended_tickets" => {
            Some(
                serde_json::from_slice::<types::JobStatusResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "export_suspended_tickets" => {
            Some(
                serde_json::from_slice::<types::SuspendedTicketExportResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "recover_suspended_tickets" => {
            Some(
                serde_json::from_slice::<types::RecoveredTicketsResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "show_suspended_ticket" => {
            Some(
                serde_json::from_slice::<types::SuspendedTicketResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "suspended_ticket_attachments" => {
            Some(
                serde_json::from_slice::<types::UploadResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "recover_suspended_ticket" => {
            Some(
                serde_json::from_slice::<types::RecoveredTicketResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "delete_tickets" => {
            Some(
                serde_json::from_slice::<types::JobStatusResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "mark_tickets_as_spam" => {
            Some(
                serde_json::from_slice::<types::JobStatusResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "show_ticket" => {
            Some(
                serde_json::from_slice::<types::TicketResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "search_users" => {
            Some(
                serde_json::from_slice::<types::UsersPage>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "show_user" => {
            Some(
                serde_json::from_slice::<types::UserResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "update_user" => {
            Some(
                serde_json::from_slice::<types::UserResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "delete_user" => {
            Some(
                serde_json::from_slice::<types::UserResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "list_ccd_tickets" => {
            Some(
                serde_json::from_slice::<types::TicketsPage>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "list_requested_tickets" => {
            Some(
                serde_json::from_slice::<types::TicketsPage>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        "create_token_for_grant_type" => {
            Some(
                serde_json::from_slice::<types::TokenResponse>(body)
                    .map(|value| {
                        into.insert(crate::transport::Decoded(value));
                    }),
            )
        }
        _ => None,
    }
}
